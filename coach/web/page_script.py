"""A small script for the page's <head> (launch(head=HEAD)) that mends what Gradio writes into the
page in English whatever the browser's language, and two of its accessibility faults:

- a choice's title (a tooltip), which Gradio sets to the choice's value (an id), becomes its label;
- the aria-label and title texts that Gradio's components hard-code in English ("Copy message",
  "More tabs", "Close", "chatbot conversation", ...) are put in Dutch for a Dutch browser (the
  table below; Gradio's translatable texts go through gr.I18n instead, coach.web.shared_texts);
- a chart (Vega) is labelled with its own label instead of "Vega visualization", and its drawing,
  whose generated descriptions are English ("X-axis titled ..."), is hidden from screen readers
  (the scorecard says the same in words);
- an error message's title, which Gradio writes as the English "Error", is put in Dutch;
- the header of an error message is no button around a button (axe: nested-interactive).

It changes attributes and those titles only, never what the user types, and loads nothing.
"""

from __future__ import annotations

import json

# Gradio 6's hard-coded English attribute texts -> Dutch (exact texts; "prefix: " ones end in ": ")
DUTCH: dict[str, str] = {
    "chatbot conversation": "gesprek",
    "Copy conversation": "Kopieer het gesprek",
    "Copied conversation": "Gesprek gekopieerd",
    "Copy message": "Kopieer bericht",
    "Copied message": "Bericht gekopieerd",
    "Copy": "Kopiëren",
    "Copied": "Gekopieerd",
    "Close": "Sluiten",
    "More tabs": "Meer tabbladen",
    "Table actions": "Tabelacties",
    "Copy table data": "Kopieer de tabel",
    "Copied to clipboard": "Gekopieerd",
    "Fullscreen": "Volledig scherm",
    "Exit fullscreen": "Volledig scherm sluiten",
    "Exit fullscreen mode": "Volledig scherm sluiten",
    "Dataframe": "Tabel",
    "Click to upload or drop files": "Klik om een bestand te kiezen of sleep het hierheen",
    "Code input container": "Code-invoer",
    "Gradio footer navigation": "voettekst",
    "Clear": "Wissen",
    "Download": "Downloaden",
    "Share": "Delen",
}
TOAST_TITLES: dict[str, str] = {"Error": "Fout", "Warning": "Waarschuwing", "Info": "Info", "Success": "Gelukt"}
PREFIXES: dict[str, str] = {
    "bot's message: ": "bericht van de ander: ",
    "user's message: ": "jouw bericht: ",
}

_SCRIPT = """
(() => {
  const dutch = (navigator.language || "").toLowerCase().startsWith("nl");
  const WORDS = %(words)s, PREFIXES = %(prefixes)s, TITLES = %(titles)s;
  const translate = (value) => {
    if (!dutch || !value) return null;
    if (Object.prototype.hasOwnProperty.call(WORDS, value)) return WORDS[value];
    for (const [en, nl] of Object.entries(PREFIXES)) if (value.startsWith(en)) return nl + value.slice(en.length);
    return null;
  };
  const mend = () => {
    for (const el of document.querySelectorAll("[aria-label], [title]")) {
      for (const attr of ["aria-label", "title"]) {
        const better = translate(el.getAttribute(attr));
        if (better !== null && better !== el.getAttribute(attr)) el.setAttribute(attr, better);
      }
    }
    for (const box of document.querySelectorAll("label input[type=checkbox][title], label input[type=radio][title]")) {
      const label = box.closest("label").innerText.trim();  // Gradio titles a choice with its value (an id)
      if (label && box.getAttribute("title") !== label) box.setAttribute("title", label);
    }
    for (const chart of document.querySelectorAll(".vega-embed")) {
      const label = chart.closest(".block")?.querySelector('[data-testid="block-info"]')?.textContent.trim();
      if (label && chart.getAttribute("aria-label") !== label) chart.setAttribute("aria-label", label);
      chart.setAttribute("role", "img");
      chart.removeAttribute("aria-roledescription");
      for (const svg of chart.querySelectorAll(":scope > svg, :scope > canvas")) svg.setAttribute("aria-hidden", "true");
    }
    // the chat scrolls on its own: a keyboard user must be able to reach it to scroll it
    for (const region of document.querySelectorAll("#coach-chat .bubble-wrap:not([tabindex])")) region.setAttribute("tabindex", "0");
    for (const title of dutch ? document.querySelectorAll(".toast-title") : []) {
      const text = title.firstChild;  // Gradio writes the message's kind, capitalised: "Error"
      if (text && text.nodeType === 3 && TITLES[text.nodeValue.trim()]) text.nodeValue = TITLES[text.nodeValue.trim()] + " ";
    }
    for (const header of document.querySelectorAll(".toast-header[role=button]")) {
      header.removeAttribute("role");
      header.removeAttribute("tabindex");
    }
  };
  // mended in the observer's own callback (before the browser draws or any other script reads the
  // page), not in a later frame: nothing ever sees Gradio's English text or a chart not yet labelled
  const start = () => {
    new MutationObserver(mend).observe(document.body, {subtree: true, childList: true, attributes: true,
                                                         attributeFilter: ["aria-label", "title"]});
    mend();
  };
  if (document.body) start(); else document.addEventListener("DOMContentLoaded", start);
})();
"""

HEAD = "<script>" + _SCRIPT % {"words": json.dumps(DUTCH, ensure_ascii=False),
                                "prefixes": json.dumps(PREFIXES, ensure_ascii=False),
                                "titles": json.dumps(TOAST_TITLES, ensure_ascii=False)} + "</script>"
