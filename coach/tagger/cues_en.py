"""English cue patterns.  Regex sources matched against a sentence's normalised key or core
(lower case, hesitations removed, see sentences.py).  Cue patterns, never memorised
utterances: each entry generalises over a family of phrasings.
"""

PRON = r"(?:i|you|we|they|he|she|it|that|this|there|things|anyone|anything|someone|something|people|your\s+\w+|the\s+\w+)"
AUX = (
    r"(?:do|does|did|is|are|was|were|am|have|has|had|can|could|would|will|should|shall|may|might|must|"
    r"don't|doesn't|didn't|isn't|aren't|wasn't|weren't|haven't|hasn't|can't|couldn't|wouldn't|won't|shouldn't)"
)
DAYS = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
MONTHS = r"(?:january|february|march|april|may|june|july|august|september|october|november|december)"

QUESTION = {
    # verb-first with a subject: a question even without "?" ("Do it." is an imperative)
    "aux_subject": rf"{AUX}\s+(?:you|we|they|he|she|i|there|anyone|everyone|everything)\b|(?!do\s|don't\s|have\s){AUX}\s+(?:it|that|this|the\s+\w+)\b",
    # a tag that asks even without a question mark (ASR drops it)
    "bare_tag": r"(?:,|\s)\s*(?:right|(?:isn't|wasn't|doesn't|didn't|aren't|don't)\s+(?:it|you|he|she|they|that))\s*[.]?\s*$",
    # verb + subject after a wh-word: "... what do you think", a question even mid-sentence
    "inverted": rf"{AUX}\s+(?:you|we|they|i)\b",
    # an indirect yes/no question ("I wanted to ask if you ...")
    "indirect_closed": r"\bi(?:'d|\s+would|\s+want\s+to|\s+wanted\s+to)\s+(?:like\s+to\s+)?ask\s+(?:you\s+)?(?:if|whether)\b|\bi\s+was\s+wondering\s+(?:if|whether)\b",
    # a rating on a scale asks for a number: closed
    "scale": r"\b(?:on\s+(?:a|that|this|the)\s+scale|scale\s+(?:of|from)|(?:zero|one|\d+)\s+to\s+(?:ten|\d+)|pick\s+a\s+number|what\s+number|(?:zero|\d+)\s+(?:means|being))\b",
    # words that open an open question (at the start of the core or after a comma)
    "wh_open": r"what|how|why|where|who|in\s+what\s+way|to\s+what\s+extent|what's|how's|whats|hows|where\s+do\s+you\s+see|"
    r"which\s+(?:ideas|options|parts|aspects|things)|who\s+else|what\s+else",
    # wh-questions that ask for one fact or a number: closed
    "wh_closed": r"how\s+(?:many|much|long|often|old|far|soon)|what\s+time|which\s+(?:one|day|date|version)|"
    r"when|(?:where|who)\s+(?:is|was|are|were)\s+(?:the|it|that|this|they|he|she)\b|whom|which|whose|how\s+are\s+you(?:\s+doing)?\s*[?.]?$|what\s+day",
    # verb-first: yes/no
    "aux_first": rf"{AUX}\s+{PRON}|any\s+(?:questions|thoughts|ideas|luck|news|progress)|anything\s+else\b",
    # indirect open: a request to tell, describe, explain
    "indirect_open": r"^(?:go\s+on|carry\s+on|tell\s+me|do\s+tell)\s*[.!?]*$|"
    r"(?:can|could|would)\s+you\s+(?:\w+\s+){0,4}(?:tell|say|summari[sz]e|explain|describe|walk\s+me\s+through)\s+(?:me\s+|us\s+)?(?:\w+\s+){0,4}(?:what|how|why|which|where|who)\b|in\s+your\s+own\s+words|"
    r"(?:can|could|would|will)\s+you\s+(?:please\s+)?(?:tell|walk|talk)\s+(?:me|us)\s+(?:a\s+(?:little\s+)?bit\s+)?"
    r"(?:more\s+)?(?:about|what|how|why|through|where|which)|(?:can|could|would)\s+you\s+(?:describe|explain|say\s+more|elaborate|share)|"
    r"tell\s+me\s+(?:a\s+(?:little\s+)?bit\s+)?(?:more|about|what|how|why|something)|(?:talk|speak)\s+(?:to\s+|with\s+)?(?:me|us)\s+(?:a\s+(?:little\s+)?bit\s+)?(?:more\s+)?about|"
    r"talk\s+me\s+through|walk\s+me\s+through|help\s+me\s+understand|i'?m\s+(?:curious|wondering)\s+(?:about|what|how|why)|i\s+(?:was\s+)?wonder(?:ing)?\s+(?:what|how|why)|"
    r"say\s+more\s+about|describe\s+(?:for\s+me\s+)?(?:what|how)|do\s+you\s+(?:have\s+any\s+)?(?:ideas|thoughts)\s+(?:on|about)\s+(?:what|how)|"
    r"(?:do|would|can|could)\s+you\s+(?:think\s+of|see)\s+(?:any\s+)?(?:other\s+)?(?:ways|options|ideas)|"
    r"is\s+there\s+anything\s+(?:else\s+)?(?:that\s+)?(?:you'?d\s+like|you\s+want)\s+to\s+(?:add|share|say|talk)",
    # the manager's own solution or opinion dressed as a question
    "leading": r"\bwouldn't\s+it\s+(?:make\s+sense|be\s+(?:a\s+)?(?:good\s+idea|wise|smart|sensible))|^would\s+it\s+(?:not\s+)?(?:help|make\s+sense)\s+(?:to|if)\b|\bisn't\s+(?:that|this|it)\s+something\b|^surely\b|"
    r"\b(?:is\s+(?:that|this|it)|are\s+you\s+sure\s+(?:that'?s|that\s+is|it'?s))\s+(?:\w+\s+)?(?:wise|a\s+good\s+idea|sensible)\b|\bdid\s+you\s+(?:think|consider)\s+(?:about\s+)?\w+ing\b|^shouldn't\s+\w+|"
    r"\byou're\s+not\s+going\s+to\b.*\bare\s+you\b|\bthough,?\s+(?:yeah|right|won't\s+you|will\s+you|isn't\s+it)\s*\?|"
    r"^(?:didn't|haven't|don't|weren't)\s+you\s+(?:\w+\s+)?(?:learn|get|know|have|do|see|read|hear)\b.*\?|"
    r"(?:wouldn't|won't|isn't|doesn't)\s+it\s+(?:be\s+)?(?:easier|better|simpler|quicker|faster|smarter|wiser|more\s+sensible)|"
    r"(?:would|will)\s+it\s+(?:not\s+)?be\s+(?:easier|better|simpler|quicker|smarter|wiser)\s+(?:to|if)|"
    r"(?:shouldn't|couldn't|can't|wouldn't|won't|don't)\s+you\s+(?:just|simply|first|at\s+least|maybe|perhaps|\w+\s+(?:just|first))|"
    r"(?:shouldn't|couldn't|can't)\s+(?:you|we)\s+\w+|"
    r"don't\s+you\s+think|do\s+you\s+not\s+think|wouldn't\s+you\s+(?:agree|say|rather)|"
    r"(?:have|had)\s+you\s+(?:\w+\s+)?(?:thought|considered)\s+(?:about\s+|of\s+)?(?:just\s+|simply\s+)?(?:\w+ing|asking|going)|"
    r"(?:have|did)\s+you\s+(?:\w+\s+)?(?:tried|try)\s+(?:just\s+)?\w+ing|(?:have|did)\s+you\s+(?:thought|considered)\s+(?:about\s+)?(?:just|simply)|"
    r"why\s+(?:don't|not|wouldn't|won't)\s+you|why\s+not\b|how\s+about\s+(?:just\s+|we\s+|you\s+)?\w+|what\s+about\s+(?:just\s+)?\w+ing|"
    r"what\s+if\s+you\s+(?:just|simply|tried|asked|called|used|sent)|(?:could|can)\s+you\s+not\s+(?:just\s+)?\w+|"
    r"isn't\s+(?:it|that)\s+(?:better|easier|simpler|smarter|wiser)|"
    r"(?:wouldn't|would)\s+you\s+(?:be\s+)?better\s+off|maybe\s+you\s+(?:could|should|can)\b.*\?|"
    r"(?:could|can)\s+you\s+(?:just|simply)\s+\w+|(?:is|would)\s+it\s+(?:not\s+)?(?:an\s+)?idea\s+to",
    # tag endings that turn a statement into a check
    "tag": r"(?:,|\s)\s*(?:right|surely|(?:isn't|aren't|wasn't|weren't|doesn't|don't|didn't|hasn't|haven't|won't|wouldn't|can't|couldn't|shouldn't)\s+(?:it|you|he|she|they|we|that|there|i)|"
    r"isn't\s+that\s+so|correct|is\s+that\s+right|is\s+that\s+correct|am\s+i\s+right|yeah|yes|no|eh|ok|okay|"
    r"agreed|true|have\s+i\s+got\s+that\s+right|did\s+i\s+get\s+that\s+right|does\s+that\s+sound\s+right)\s*\?\s*$",
    # a statement that is only a check (a separate question)
    "check": r"^(?:is\s+that\s+(?:right|correct|it|fair)|have\s+i\s+got\s+(?:that|it)\s+right|did\s+i\s+(?:get|understand)\s+(?:that|you|it)\s+right|"
    r"am\s+i\s+right|does\s+that\s+sound\s+(?:right|about\s+right)|is\s+that\s+a\s+fair\s+summary|right|correct|yeah|yes|ok|okay|no)\s*[?.]?$",
    # declarative word order (a reflection said with a rising tone)
    "declarative": r"^(?:you|you're|you've|you'd|you'll|your|it|it's|that|that's|this|there's|things|i|i'm|i've|we|we're|"
    r"she|he|they|so\s+you|and\s+you|but\s+you|sounds|it\s+sounds|seems|not|because|since|even|just|maybe|part\s+of)\b",
}

ACTS = {
    "summary": [
        r"\bso\s+(?:what\s+)?(?:you're|you\s+are|you've|you\s+have|you'd|you\s+feel|you\s+think|you\s+want|you\s+said|you're\s+saying|you\s+mean|the\s+(?:main\s+)?(?:blocker|problem|issue|thing|bottleneck|worry|concern|question))",
        r"\bif\s+i\s+(?:understand|hear|get)\s+(?:you|it|this|that)\s*(?:correctly|right)?",
        r"\bwhat\s+i'?m\s+hearing\b|\bwhat\s+i\s+hear\b|\bi\s+hear\s+(?:you|that)\b|\bit\s+sounds\s+(?:like|as\s+if|as\s+though)|^sounds\s+like\b|\bit\s+seems\s+(?:like|that|as\s+if)\s+you",
        r"\blet\s+me\s+(?:summari[sz]e|recap|see\s+if\s+i\s+(?:understand|got))|\bto\s+(?:sum|summari[sz]e|recap)\b|\bin\s+short\b|\bso\s+far\s+you've",
        r"\bwhat\s+you're\s+saying\b|\bso\s+basically\b|\bon\s+the\s+one\s+hand\b",
    ],
    # a second-person declarative about feelings, thoughts, situation: a summary after the other spoke
    "reflection": [
        r"^(?:so\s+)?you(?:'re|\s+are)?\s+(?:feel(?:ing)?\s+(?:like|that|as\s+if)|have\s+the\s+feeling|get\s+the\s+feeling|feel\s+(?:un)?\w+)\b",
        r"^(?:so\s+)?you\s+(?:thought|felt|expected|had\s+expected|were\s+hoping|were\s+expecting)\b",
        r"^(?:so\s+)?you(?:'re|\s+are)\s+(?:feeling|worried|concerned|stuck|unsure|not\s+sure|saying|thinking|wondering|frustrated|struggling|waiting|afraid|scared|hoping|finding|getting|torn|still|really|pretty|quite|a\s+bit|somewhat)",
        r"^(?:so\s+)?you\s+(?:feel|think|want|believe|don't\s+(?:want|like|feel|think|see|know)|didn't\s+(?:want|like|expect)|can't\s+(?:see|imagine|stand)|wish|worry|seem|wanted|hoped|feared)\b|^(?:so\s+)?you'?d\s+(?:like|rather|prefer|want)\b",
        r"^(?:so\s+)?(?:for\s+you|part\s+of\s+you|the\s+way\s+you\s+see\s+it|from\s+your\s+point\s+of\s+view)",
    ],
    # a plain statement about the other: a summary only when it echoes `previous`
    "about_other": [
        r"^(?:so\s+)?(?:you|you're|you've|you'd|you'll|your)\b|^so\s+(?:it|it's|that|that's|there|there's|this|they|he|she|the|your|for)\b",
    ],
    # "So" + a statement about the other: a reflection after the other spoke
    "so_reflection": [
        r"^so\s+(?!what\b|how\b|why\b|when\b|let's\b|i\b|i'm\b|i'll\b|we\b|we'll\b|shall\b|can\b|could\b|do\b|did\b|are\b|is\b|have\b|next\b|anyway\b|um\b)\w+\s+\w+\s+\w+",
        r"^so\s+(?:you|you're|you've|you'd|your|it|it's|that|that's|there|there's|this|they|he|she|for\s+you)\b",
    ],
    # "Dus"/"So" + any statement: a reflection only when the sentence carries no other act
    "so_statement": [
        r"^so\s+(?!what\b|how\b|why\b|let's\b|i\b|i'm\b|i'll\b|we\b|we'll\b)\w+",
    ],
    # citing the other: a summary when it echoes `previous`
    "cited": [
        r"\byou\s+(?:mentioned|said|told\s+me|were\s+saying)\b",
    ],
    "second_person": [
        r"\byou(?:'re|'ve|'d|'ll)?\b|\byour(?:self)?\b",
    ],
    # a statement about the situation: a summary when it echoes `previous`
    "about_situation": [
        r"^(?:so\s+)?(?:it|it's|that|that's|there|there's|this|this\s+is|these|those|they|they're|he|he's|she|she's|part\s+of|not|some|a\s+lot|lots)\b",
    ],
    "checkpoint": [
        r"\b(?:let\s+me\s+know|tell\s+me)\s+how\s+(?:it|that|they|he|she)\s+(?:went|goes|go)\b",
        r"\b(?:ping|text|call|email|message|tell|ring|buzz)\s+me\b.*\b(?:when|once|as\s+soon\s+as|after)\b|\bgive\s+me\s+a\s+(?:shout|call|ring|bell|heads[\s-]up|quick\s+update)\b|\bkeep\s+me\s+(?:informed|in\s+the\s+picture)\b|\bloop\s+me\s+in\b",
        rf"\b(?:by|on|before|until|next|this|every|each|coming)\s+(?:{DAYS[3:-1]}|week|month|weekend|end\s+of\s+(?:the\s+)?(?:day|week|month))\b.*\b(?:draft|version|update|check|meet|meeting|catch\s+up|go\s+through|look|review|talk|discuss|send|sit\s+down|touch\s+base|progress|outline|show|deadline|finish|done|ready|deliver|have|due)",
        r"\b(?:draft|first\s+version|outline|update|check[\s-]?in|catch[\s-]?up|touch\s+base|progress\s+meeting|milestone|interim|halfway|midway|status\s+update|sit\s+down)\b.*\b(?:by|on|before|next|monday|tuesday|wednesday|thursday|friday|week|tomorrow|\d)",
        r"\b(?:let's|we'll|shall\s+we|could\s+we|can\s+we)\s+(?:meet|catch\s+up|check\s+in|touch\s+base|sit\s+down|go\s+through|review|look\s+at|discuss|schedule|plan|talk)\b.*\b(?:monday|tuesday|wednesday|thursday|friday|week|tomorrow|\d|again|afterwards|then)",
        r"\b(?:deadline|due\s+date)\s+(?:is|will\s+be)|\b(?:is|are)\s+due\s+(?:on|by)\b|\bweekly\s+(?:check|catch|update|meeting)|\bevery\s+(?:week|monday|friday|two\s+weeks)\b",
        r"\b(?:by|before)\s+(?:monday|tuesday|wednesday|thursday|friday|tomorrow|the\s+\d+|the\s+end\s+of)\b",
        r"^(?:(?:by|on|before)\s+)?(?:monday|tuesday|wednesday|thursday|friday|tomorrow|next\s+week)(?:\s+\w+)?\s*[.!]*$|\b(?:let's|we'll|we\s+should)\s+(?:\w+\s+)?(?:sit\s+down|catch\s+up|touch\s+base|check\s+in|go\s+through\s+it)\b",
        r"\b(?:shall|could|can)\s+we\s+(?:\w+\s+)?(?:sit\s+down|catch\s+up|meet|touch\s+base|check\s+in)\b.*\b(?:after|once|when|before)\b|\b(?:let's|we'll)\s+keep\s+(?:it\s+)?(?:weekly|fortnightly)\b",
        r"\b(?:weekly|fortnightly|every\s+(?:week|two\s+weeks|monday|tuesday|wednesday|thursday|friday))\b.*\b(?:update|check|catch|meeting|meet|call|report|status|talk)\b|\b(?:update|check[\s-]?in|catch[\s-]?up|meeting|call|report|status)\b.*\b(?:weekly|fortnightly|every\s+(?:week|two\s+weeks|monday|tuesday|wednesday|thursday|friday))\b",
        r"\b(?:done|ready|finished|in)\s+(?:well\s+)?(?:before|by)\s+(?:the|monday|tuesday|wednesday|thursday|friday|next|end)\b|\blet\s+me\s+know\s+(?:by|on|before)\s+\w+",
        r"\b(?:can|could|will|would)\s+you\s+(?:\w+\s+){0,4}(?:this\s+week|today|tomorrow|by\s+(?:next\s+)?\w+|before\s+(?:next\s+)?\w+)\b",
        rf"\blet'?s\b.*\b(?:look|meet|talk|review|go\s+through|sit\s+down|catch\s+up|check)\b.*\b(?:{DAYS[3:-1]}|tomorrow|next\s+week)\b",
        rf"\blet\s+me\s+know\b.*\b(?:by|on|before)\s+(?:next\s+)?(?:{DAYS[3:-1]}|tomorrow|the\s+end)\b|\b(?:by|before)\s+next\s+{DAYS}\b",
        rf"\bkeep\s+me\s+(?:posted|updated|in\s+the\s+loop)\b|\b(?:by|before|no\s+later\s+than)\s+(?:(?:next|this|the)\s+)?(?:{DAYS[3:-1]}|{MONTHS[3:-1]}|tomorrow|tonight|end\s+of|week|month|\d+(?:st|nd|rd|th)?|(?:first|second|third|fourth|\w+teenth|\w+tieth)\b)",
        r"\b(?:this|next)\s+week\b.*\b(?:done|ready|finished|sorted|in|back|send|deliver|do\s+it)\b|\b(?:done|ready|finished|sorted|do\s+it)\b.*\b(?:this|next)\s+week\b",
        r"\b(?:let\s+me\s+know|ping\s+me|text\s+me|call\s+me|drop\s+me\s+a\s+line|tell\s+me|send\s+it\s+(?:over\s+)?(?:to\s+)?me)\b.*\b(?:when|once|as\s+soon\s+as)\s+(?:it'?s|it\s+is|you'?re|you\s+are|everything'?s)\s+(?:\w+\s+)?(?:done|ready|finished|in|sorted)\b",
        r"\b(?:shall|could|can)\s+we\s+have\s+a\s+(?:short\s+|quick\s+)?(?:call|chat|look|meeting)\b|\bevery\s+(?:night|day|morning|evening)\b.*\b(?:send|update|report)\b|\b(?:send|update|report)\b.*\bevery\s+(?:night|day|morning|evening)\b",
    ],
    "result": [
        r"\bsuccess\s+(?:for\s+(?:me|us)\s+)?(?:means|looks\s+like|is|would\s+be)\b|\bit'?s\s+a\s+success\b|\b(?:the\s+bar|the\s+brief|the\s+deal|the\s+agreement|the\s+(?:agreed\s+)?(?:scope|target|criterion|standard)|the\s+idea)\s+(?:is|was)\b|\bwe\s+said\s+we\s+(?:wanted|needed|would)\b|\bwas\s+supposed\s+to\b|\bwe\s+(?:had\s+)?budgeted\b|\bwe\s+agreed\s+\w+\s+(?:on|by|for)\b",
        r"\bthe\s+end\s+result\b|\b(?:a|an)\s+(?:reduction|increase|drop|cut)\s+(?:in|of)\s+(?:\w+\s+){0,3}(?:of\s+)?(?:at\s+least|by)\b",
        r"\b(?:ultimately|in\s+the\s+end|at\s+the\s+end)\s+i\s+(?:want|need|'d\s+like)\b|\bit\s+would\s+be\s+(?:great|ideal|brilliant|perfect)\s+if\s+(?!you\b)|\bthe\s+(?:criterion|criteria|benchmark|success\s+measure)\b|\bit\s+(?:just\s+)?(?:has|needs)\s+to\s+(?:work|run|be\s+live)\b",
        r"\bwhat\s+(?:we|i)\s+(?:need|want|'re\s+after|are\s+after|'re\s+looking\s+for)\s+(?:\w+\s+){0,4}?is\b",
        r"\b(?:we|you)\s+should\s+end\s+up\s+with\b|\bthe\s+end\s+state\b|\bby\s+the\s+end\b.*\b(?:there\s+should|we\s+should\s+have|i\s+want|i'd\s+like)\b|\bi\s+(?:want|need)\s+(?:a|an|the)\s+(?:\w+\s+){1,3}(?:signed|approved|agreed|in\s+place|live|up\s+and\s+running)\b",
        r"\bwhat\s+we\s+(?:had\s+)?agreed\b",
        r"\b(?:the\s+)?(?:end\s+)?result\s+(?:is|should|must|will|needs|i\s+want|i'm\s+after|i'm\s+looking\s+for)",
        r"\bwhat\s+i\s+(?:need|want|expect|'d\s+like|would\s+like)\s+(?:at\s+the\s+end|in\s+the\s+end|from\s+you|to\s+see|to\s+have|is)\b",
        r"\b(?:the\s+)?(?:goal|aim|objective|deliverable|outcome|end\s+product|target)\s+(?:is|should\s+be|will\s+be|here\s+is)\b",
        r"\bsuccess\s+(?:means|looks\s+like|is|would\s+be)\b|\b(?:it's|this\s+is)\s+(?:a\s+)?success\s+(?:if|when)\b|\bdone\s+means\b",
        r"\bat\s+the\s+end\s+(?:of\s+this|of\s+it|we|i|there)\b.*\b(?:need|want|have|should|must)\b|\bby\s+the\s+end\s+(?:we|i|you)\s+(?:need|want|should|have)",
        r"\bi\s+need\s+(?:a|an|one)\s+\w+(?:\s+\w+)?\s+(?:that|which|with|ready|signed|approved)\b",
        r"\bwhat\s+(?:should|will|must)\s+the\s+(?:end\s+)?(?:result|outcome|deliverable)\b",
        r"\bwhat\s+i'?m\s+(?:after|looking\s+for|hoping\s+for)\s+is\b|\b(?:we|you)\s+(?:had\s+)?agreed\s+(?:on|that|to)\b|\bthe\s+(?:goal|target|aim|plan)\s+was\b|\bwe\s+(?:set|had)\s+(?:ourselves\s+)?(?:a\s+)?(?:goal|target)\b",
        r"\bwe\s+(?:said|agreed|decided)\b.*\b(?:should|would|needed\s+to|had\s+to)\b|\bthe\s+idea\s+was\s+(?:to|that)\b|\bwhat\s+i\s+(?:need|want)\s+(?:\w+\s+){0,6}is\s+(?:a|an|the|for|that)\b",
    ],
    "instruction": [
        r"\bi\s+(?:want|'d\s+like|would\s+like)\s+to\s+(?:hand|give|pass)\s+you\b|\bi'?d\s+love\s+(?:for\s+)?you\s+to\b|\bwe'?d\s+(?:be\s+(?:very\s+)?grateful|appreciate\s+it)\s+if\s+you'?d\b|\bwe\s+need\s+someone\s+to\b|\bi\s+need\s+(?:it|this|that|the\s+\w+)\s+(?:done|finished|ready)\b",
        r"\byou(?:'ll|\s+will)?\s+have\s+(?:the\s+)?(?:\w+\s+){0,2}(?:budget|mandate|access|authority)\b|\byou\s+can\s+(?:pull\s+in|bring\s+in|borrow|call\s+on)\b|\byou(?:'ve|\s+have)\s+got\s+(?:the\s+)?(?:\w+\s+){0,2}(?:budget|team|access)\b|\bhowever\s+you\s+(?:like|want|see\s+fit)\b",
        r"^(?:basically\s+)?you\s+(?:compare|run|lead|write|draft|collect|contact|prepare|organi[sz]e|coordinate|book|set\s+up)\b",
        r"\bi\s+(?:wanted|want)\s+to\s+(?:talk|speak)\s+(?:to\s+|with\s+)?you\s+about\b",
        r"\byou\s+(?:decide|choose|pick)\s+(?:\w+\s+){0,4}yourself\b|\byou\s+(?:get|'ll\s+get|will\s+get)\s+(?:\w+\s+){0,2}(?:days|hours|budget|help|support|access|afternoons)\b|\bnon[\s-]negotiable\b|\beverything\s+(?:has|needs)\s+to\s+(?:follow|go\s+through)\b",
        r"\b(?:can|could|would|will)\s+you\s+(?:please\s+)?(?:be\s+able\s+to|mind)\s+(?:\w+\s+)?(?:take|pick|handle|lead|own|organi[sz]e|prepare|draft|write|run|book|arrange|set\s+up|sort|coordinate|plan|put\s+together|look\s+after|taking|picking|handling|leading|organi[sz]ing|preparing|drafting|writing|running|booking|arranging|setting|sorting|coordinating|planning|putting|looking)\b",
        r"\b(?:can|could|would|will)\s+you\s+(?:please\s+)?(?:book|arrange|set\s+up|sort\s+out|coordinate|plan|put\s+together|look\s+after|make\s+sure|get\s+in\s+touch|contact|order)\b",
        r"\byou\s+(?:can|may|are\s+allowed\s+to|have\s+the\s+(?:mandate|authority))\s+(?:decide|spend|approve|sign|choose|hire|use|go\s+up\s+to|make\s+the\s+call)",
        r"\b(?:budget|mandate|scope)\s+(?:is|of|will\s+be|covers|includes|excludes)|\byou\s+have\s+(?:a\s+)?(?:budget|mandate|\d+\s+(?:days|hours|weeks))",
        r"\b(?:up\s+to|no\s+more\s+than|maximum\s+of|at\s+most)\s+(?:€|\$|£|eur|\d)",
        r"(?:^|^please\s+|,\s*(?:and\s+)?|\band\s+|\bplease\s+)(?:use|keep\s+(?:it|the|to|within|under)|include|involve|follow|stick\s+to|make\s+sure|coordinate|align|consult|limit|focus\s+on|leave\s+out|don't\s+(?:change|touch|include|spend|go|contact))\b",
        r"\bi'?d\s+like\s+you\s+to\b|\bi\s+(?:want|need)\s+you\s+to\b|\bi'?m\s+asking\s+you\s+to\b|\byour\s+(?:task|job|role)\s+(?:is|will\s+be)\b|\bthe\s+task\s+is\b",
        r"\b(?:you'll|you\s+will)\s+(?:be\s+)?(?:in\s+charge|responsible|lead|own|handle|take\s+care)|\byou\s+don't\s+(?:need|have)\s+to\b(?!\s+be\b)",
        r"\b(?:can|could|would|will)\s+you\s+(?:please\s+)?(?:take\s+(?:on|over|care)|pick\s+up|handle|lead|own|organi[sz]e|prepare|draft|write|run)\b",
        r"\bit\s+(?:has|needs)\s+to\s+(?:be|stay|include|cover|fit)\b|\bit\s+must\b|\bthe\s+(?:rules|constraint|condition)\s+(?:is|are)\b|\bwithin\s+(?:that|the|this)\s+budget\b|\b(?:above|over)\s+(?:€|\$|£)?\s*\d[\d,.]*\s*(?:k|euros?|dollars?|pounds?)?\b",
        r"\byou(?:'re|\s+are)\s+going\s+to\s+(?:\w+\s+){0,2}(?:run|organi[sz]e|lead|handle|own|take\s+over|coordinate|plan|prepare|write|set\s+up|manage)\b|\byou(?:'ll|\s+will)\s+(?:be\s+)?(?:running|organi[sz]ing|leading|handling|taking\s+over|coordinating|owning|run|organi[sz]e|take\s+over|coordinate)\b|\bi'?d\s+like\s+to\s+ask\s+(?:you\s+)?(?:if|whether|to)\b",
        r"\byou(?:'ve|\s+have)\s+got\s+\w+(?:\s+and\s+\w+)?\s+(?:from|for|to\s+help)\b|\byou\s+can\s+(?:talk|speak|go|reach\s+out)\s+to\s+.*\b(?:directly|yourself)\b|\bi'?d\s+like\s+(?:a|an|the)\s+(?:\w+\s+){0,3}(?:update|report|summary|plan|overview)\b|\bcopy\s+me\s+in\b|\b(?:can|could|would)\s+you\s+(?:do|take|handle|run)\s+(?:it|this|that|ours|the)\b",
        r"\byou(?:'ll)?\s+(?:really\s+)?need\s+to\s+(?!be\b)\w+|\byou\s+have\s+to\s+(?!be\b)\w+|\b(?:him|her|them|that|those|it)\s+you\s+(?:should|have\s+to|need\s+to|must)\b",
        r"\bi'?d\s+like\s+to\s+(?:hand|give|pass)\s+(?:this|it|that)\s+(?:over\s+)?to\s+you\b|\bi'?d\s+like\s+to\s+see\s+you\b|\b(?:can|could|would)\s+you\s+(?:\w+\s+){0,4}(?:look\s+(?:at|over|into)|check|review|go\s+over)\b",
        r"\bwhat\s+i'?d\s+like\s+is\s+for\s+you\s+to\b|\bi\s+(?:have|'ve\s+got)\s+a\s+favou?r\s+to\s+ask\b|\bi\s+(?:give|'ll\s+give)\s+you\s+(?:\w+\s+)?access\b",
    ],
    "advice": [
        r"^i\s+think\s+(?:you\s+(?:should|ought\s+to|could\s+(?:try|just)|might\s+(?:want\s+to|try))|(?:just|maybe)\s+(?!not\b)\w+)\b|\byou\s+do\s+need\s+to\s+\w+|\bone\s+(?:thing|option|idea)\s+you\s+(?:could|can|might)\s+(?:do|try|bring\s+up|say)\b",
        r"\bwhat\s+i'?d\s+do\s+is\b|\bwhat\s+i\s+did\s+when\b|\bthat'?s\s+(?:what|how)\s+i\s+(?:did|do|got|handled|solved|always\s+do)\b|(?:^|,\s*|\bthen\s+)i'?d\s+(?:just\s+|probably\s+|honestly\s+|go\s+further\s+and\s+)?(?:do|go|apply|try|ask|call|ring|email|send|book|use|put|move|switch|start|leave|wait|skip|drop|cancel|get|split|push|talk)\b",
        r"^(?:just|simply)\s+(?!checking|wanted|don't\b|a\b|to\b|so\b|in\b|for\b|like\b|one\b|thought|quickly|now\b|then\b|because|that\b|this\b|the\b|we\b|i\b|you\b|make\s+sure\s+you\s+know)\w+|\bnext\s+time,?\s+(?!we\b|we'll\b|i\b|i'll\b|it\b|there\b)\w+",
        r"\b(?:then\s+)?i\s+(?:just|simply)\s+(?:called|asked|rang|emailed|booked|moved|split)\b|\bwhat\s+worked\s+for\s+me\s+was\b|\bi'?d\s+(?:even\s+)?(?:make|put|split|move|do|call|ask|send|book|turn)\s+(?:it|them|that|this|the|a|an|two|three)\b",
        r"\bgive\s+it\s+(?:some\s+|a\s+bit\s+of\s+)?time\b|\b(?:him|her|them|those|that)\s+you\s+(?:should|have\s+to|need\s+to)\s+(?:call|ring|email|ask|park|skip)\b",
        r"(?:^|[,;]\s*|\bthen\s+|\bso\s+)(?:i'?d|i\s+would)\s+(?:just\s+|probably\s+|definitely\s+|really\s+|first\s+)?(?:split|call|ask|send|go\s+(?:with|for|to)|start\s+(?:with|by)|use|email|talk|try|put|take|skip|drop|focus|check|write|get|phone|contact|suggest|recommend|pick|leave|begin|move|break|cut|stop|avoid|wait|push|prioriti[sz]e|reuse|keep)\b",
        r"\b(?:you\s+should(?:n't)?(?!\s+be\s*[.!]*$)(?!\s+be\s+(?:proud|pleased|happy|chuffed))|you\s+need\s+to\s+just|you\s+could\s+(?:just|simply|also|try|maybe|always|ask|call|email|send|talk|use|reuse|split|start|check)|you\s+might\s+(?:want\s+to|try)|you\s+may\s+want\s+to|you\s+ought\s+to|you\s+just\s+need\s+to|you(?:'ve)?\s+(?:just\s+)?(?:gotta|got\s+to)|you\s+really\s+(?:need|have)\s+to)\b",
        r"\bmy\s+(?:advice|suggestion|recommendation|tip)\b|\bi\s+(?:would\s+|'d\s+)?(?:suggest|recommend|advise|encourage\s+you)\b|\bif\s+i\s+were\s+you\b|\bthe\s+(?:best|easiest|quickest|simplest|smartest)\s+(?:thing|way|option|approach|bet)\s+(?:is|would\s+be)\b|\bone\s+(?:good\s+)?(?:option|thing\s+you\s+could\s+do|idea)\s+(?:is|would\s+be)\b",
        r"^(?:just|simply)\s+(?:call|ask|send|email|tell|use|go|talk|phone|skip|drop|ignore|copy|reuse|do|put|write|ping|message|book|cancel|split|check|add|remove|let)\b|\b(?:just|simply)\s+(?:call|email|phone|ping|reuse|copy|skip|drop|ignore)\b",
        r"^(?:try|consider)\s+(?:to\s+)?\w+|\bmaybe\s+you\s+(?:could|should|can)\b|\bit\s+(?:might|would|could)\s+(?:help|be\s+(?:good|wise|better|helpful|a\s+good\s+idea))\s+(?:to|if\s+you)\b|\bmight\s+not\s+be\s+a\s+bad\s+idea\b|\bi\s+wish\s+you\s+would\b",
        r"\bit'?s\s+(?:best|better|a\s+good\s+idea|wise|smart)\s+(?:to|that\s+you|if\s+you)\b|\b(?:why\s+not|how\s+about)\s+(?:just\s+)?\w+ing\b|\bnext\s+time,?\s+(?:just|try|make\s+sure|maybe|i'?d)\b",
        r"\bshould(?:'ve|\s+have)\s+\w+|\bcould(?:'ve|\s+have)\s+(?:just\s+)?\w+ed\b|^(?:just\s+)?(?:hold|wait|park|pause)\b.*\b(?:until|till)\b",
        r"\bit'?s\s+(?:really\s+|very\s+|so\s+)?important\s+(?:that\s+you|to|for\s+you\s+to)\b|\bi\s+(?:really\s+)?hope\s+you\s+(?:will\s+)?(?:consider|think\s+about|try)\b|\bwhat\s+(?:works|helps)\s+(?:for\s+)?(?:a\s+lot\s+of\s+)?(?:people|others)\s+is\b",
        r"\bwhat\s+i\s+(?:used\s+to\s+do|did)\s+(?:was|is)\b|\bwe\s+(?:always\s+|just\s+)?used\s+to\s+(?:just\s+)?\w+",
    ],
    "motivation": [
        r"\bhow\s+would\s+you\s+(?:like|want)\s+to\s+\w+|\bdid\s+you\s+enjoy\b|\bare\s+you\s+(?:\w+\s+)?(?:happy|pleased|excited)\s+(?:with|about)\b|\bhow\s+does\s+(?:it|that)\s+feel\b|\bwould\s+you\s+be\s+up\s+for\b|\bfancy\s+(?:taking|doing|leading)\b",
        r"\byour\s+(?:knowledge|experience|network|eye|contacts)\b.*\b(?:invaluable|essential|exactly\s+what|gold)\b|\bthat'?s\s+why\s+i'?m\s+asking\b|\byou\s+know\s+(?:\w+\s+){0,3}(?:best|better\s+than)\b|\bno\s*one\s+knows\s+(?:\w+\s+){0,3}(?:better|like\s+you)\b",
        r"\bhow\s+you'?d\s+(?:tackle|approach|handle|do|go\s+about)\b",
        r"\bi'?m\s+(?:confident|sure)\s+(?:you|that\s+you)\b|\bi\s+(?:trust|believe\s+in)\s+you\b|\bi\s+have\s+(?:full\s+)?(?:faith|confidence|trust)\s+in\s+you",
        r"\b(?:i'?m\s+asking|i\s+asked|i\s+chose|i\s+picked|i\s+thought\s+of)\s+you\b.*\b(?:because|since|as)\b|\bbecause\s+you(?:'re|\s+are|\s+know|\s+have|'ve)\b|\byou're\s+the\s+(?:best|right)\s+(?:person|one)",
        r"\byou\s+(?:can|will|'ll)\s+(?:definitely\s+|easily\s+|totally\s+)?(?:do|handle|pull|manage|nail)\s+(?:this|it|that)\b|\byou've\s+got\s+this\b",
        r"\b(?:this|it)\s+(?:matters|is\s+important|is\s+a\s+(?:great|good|real)\s+(?:chance|opportunity))\b|\bwhy\s+this\s+matters\b|\bgood\s+(?:chance|opportunity)\s+(?:for\s+you|to\s+(?:learn|grow|show))",
        r"\b(?:how|what)\s+do\s+you\s+feel\s+about\b|\bhow\s+(?:would|will|do)\s+you\s+(?:like\s+to\s+|want\s+to\s+|plan\s+to\s+)?(?:approach|tackle|handle|go\s+about|organi[sz]e|prefer|run|set\s+up)\b|\bwhat\s+would\s+you\s+(?:like|prefer|want|need\s+from\s+me)\b",
        r"\bwhat\s+(?:do\s+you|would\s+you)\s+(?:think|like)\s+(?:about\s+)?(?:taking|doing|leading|owning)\s+(?:this|it|on)\b|\bhow\s+do\s+you\s+see\s+your\s+role\b|\bwhat\s+are\s+your\s+(?:own\s+)?(?:ideas|thoughts|wishes)\b|\bhow\s+confident\b",
        r"\b(?:have|had)\s+you\s+(?:ever\s+)?(?:done|run|led|handled|organi[sz]ed|managed)\s+(?:this|something\s+like\s+(?:this|that)|anything\s+like\s+(?:this|that)|one|a\s+\w+\s+like\s+this)\b|\bwhat\s+(?:experience|have\s+you\s+(?:already\s+)?done)\b|\bhow\s+much\s+experience\b|\bthat'?s\s+(?:exactly\s+)?why\s+(?:i\s+(?:asked|picked|chose)\s+you|it'?s\s+you)\b|\byou(?:'re|\s+are)\s+(?:really\s+)?(?:good|great|strong)\s+(?:at|with)\b",
        r"\bi'?m\s+here\s+(?:if|to\s+help)|\byou\s+can\s+always\s+(?:come|ask|call)|\bi\s+(?:really\s+)?value\s+your\b|\byou'd\s+learn\b|\bgreat\s+(?:for|on)\s+your\s+(?:cv|development|career)",
        r"\byou'?ll\s+(?:be\s+)?(?:great|brilliant|fine|excellent)\b|\byou(?:'ll|\s+will)\s+do\s+(?:a\s+)?(?:really\s+)?(?:great|good|solid|fine|brilliant)\s+job\b|\bi'?m\s+(?:really\s+)?glad\s+(?:it'?s\s+you|you'?re)\b|\bi\s+thought\s+of\s+you\b|\byou'?re\s+the\s+(?:one|only|best|right)\s+(?:person|one)\b",
        r"\bwhat\s+have\s+you\s+(?:already\s+)?(?:written|done|worked\s+on|led|run|organi[sz]ed)\b|\bhow\s+(?:was|is)\s+(?:it|that)\s+for\s+you\b|\bhow\s+did\s+you\s+find\s+(?:it|that)\b|\bhow\s+do\s+you\s+think\s+it'?s\s+going\b|\bhow\s+(?:would|will)\s+you\s+(?:structure|plan|start|do\s+it|set\s+it\s+up)\b",
        r"\bhow\s+are\s+you\s+finding\s+(?:it|this|the)\b|\bwhat\s+would\s+(?:make|help)\s+(?:it|you|this)\b.*\b(?:feel|easier|for\s+you)\b|\bi\s+think\s+you'?ll\s+(?:get|do|be|find|manage|handle)\b|\byou'?ll\s+(?:get\s+further|do\s+better|be\s+better\s+placed)\b",
        r"\byou(?:'re|\s+are)\s+going\s+to\s+do\s+(?:this|it|that)\s+(?:really\s+)?(?:well|great|brilliantly)\b|\byou\s+know\s+(?:them|it|this|the\s+\w+)\s+better\s+than\b|\bi'?m\s+(?:really\s+)?(?:curious|keen)\s+to\s+see\s+what\s+you\b",
        # why them, confidence, their own wishes (round 4): "I think that's you", "you'd be brilliant at it",
        # "you've got the full picture", "I trust your judgement", "I'd love to hear your ideas", "do you fancy it?"
        r"\b(?:i\s+think|and)\s+that'?s\s+you\s*[.!]*$|\byou'?d\s+be\s+(?:really\s+|so\s+)?(?:brilliant|great|excellent|perfect|ideal|good|fantastic)\s+(?:at|for|in)\b|"
        r"\byou(?:'re|\s+are)\s+the\s+one\s+(?:everybody|everyone|people|who|they)\b|\byou(?:'ve|\s+have)\s+been\s+(?:wanting|asking\s+for)\s+(?:more\s+)?(?:responsibility|a\s+chance|something)\b|"
        r"\byou(?:'ve|\s+have)\s+(?:got|built|earned)\s+(?:the\s+)?(?:full\s+picture|relationship|trust|history|contacts)\b|\bi\s+trust\s+your\s+(?:judg(?:e)?ment|instinct|call)\b|"
        r"\byou(?:'re|\s+are)\s+(?:more\s+)?ready\s+(?:than|for)\b|\b(?:hear|know)\s+your\s+(?:own\s+)?(?:ideas|thoughts|take)\b|^(?:do\s+you\s+)?fancy\s+(?:it|that|this)\b|"
        r"\bwhat\s+do\s+you\s+(?:want|hope|need)\s+to\s+(?:get|learn|gain)\s+(?:out\s+of|from)\b|\b(?:this|it)\s+(?:one\s+)?matters\s+(?:a\s+lot|so\s+much|to)\b|\bthe\s+way\s+you\s+think\s+(?:it\s+)?works?\s+best\b|\byour\s+approach\s+going\s+to\s+be\b",
        r"\bhow\s+you\s+(?:would|'d)\s+like\s+to\b|\byou'?ll\s+figure\s+it\s+out\b|\bknowing\s+(?:it'?s|it\s+is|this\s+is)\s+(?:with\s+you|in\s+your\s+hands)\b|\b(?:much\s+)?better\s+than\s+(?:me|the\s+rest\s+of\s+us|anyone)\b",
    ],
    "positive_feedback": [
        r"\bthat'?s\s+(?:a\s+)?(?:massive|huge|real|big|great|serious)\s+(?:improvement|result|achievement|step\s+forward)\b|\b(?:largely|all|mostly)\s+down\s+to\s+(?:you|the\s+\w+\s+you)\b|^that'?s\s+(?:all\s+)?you\b|\bgame[\s-]changer\b|\bincredible\s+work\b|\b(?:the|your)\s+\w+(?:\s+\w+)?\s+you\s+(?:made|set\s+up|built|wrote|sent|designed|created|put\s+together|introduced)\s+(?:look|looks|looked|is|was|are|were|works|worked)\s+(?:really\s+|very\s+)?(?:good|great|clear|solid|excellent|brilliant|spot\s+on)\b",
        r"^(?:that's|that\s+is|that\s+was)\s+(?:really\s+|very\s+|so\s+|pretty\s+)?(?:smart|clever|neat|resourceful|a\s+smart\s+move|a\s+good\s+call|creative|inventive)\b|\byou\s+(?:handled|ran|managed|steered|coordinated)\s+(?:\w+\s+){0,4}(?:really\s+)?(?:well|nicely|smoothly)\b",
        r"\byou\s+(?:did|ran|delivered|finished|got)\s+(?:\w+\s+){0,5}(?:without\s+(?:a\s+single\s+)?(?:error|mistake|hitch|complaint)s?|flawlessly|on\s+time|error[\s-]free)\b",
        r"\b(?:it|that)\s+(?:really\s+)?(?:worked|paid\s+off|made\s+(?:a|the)\s+(?:big\s+)?difference|did\s+the\s+trick)\b|\b(?:since|because|now\s+that)\s+you\s+\w+ed\b",
        r"\b(?:your|the|this|that)\s+(?:\w+\s+){0,6}(?:is|was|looks|looked|are|were|reads|feels)\s+(?:really\s+|very\s+|super\s+|so\s+|already\s+|quite\s+|pretty\s+|nice\s+and\s+|honestly\s+)?(?:clear|good|great|strong|solid|thorough|helpful|neat|excellent|well[\s-]\w+|spot\s+on|convincing|complete|sharp|concise|impressive|detailed|nice|brilliant|fantastic|amazing|perfect|superb|useful)",
        r"^(?:great|good|nice|glad|brilliant)\s+(?:to\s+see\s+)?(?:that\s+)?(?:the|your)\s+\w+\s+(?:\w+\s+){0,2}(?:is|are|'s)\s+(?:already\s+|now\s+)?(?:in\s+place|done|ready|finished|sorted|live|signed|booked|up\s+and\s+running)\b",
        r"\b(?:good|great|nice|smart|clever|excellent|brilliant)\s+(?:that|how|of)\s+you\b|\bi\s+(?:liked|like|loved|love|appreciated)\s+(?:how|that|the\s+way)\s+you\b",
        r"\byour\s+(?:\w+\s+){0,2}(?:already\s+)?(?:covers|shows|makes|gives|explains|captures|addresses|handles|answers|includes)\b|\byou\s+(?:did|handled|managed|dealt\s+with|solved|organi[sz]ed|explained|structured)\s+\w+.*\b(?:well|nicely|brilliantly|carefully|thoroughly|great)\b",
        r"\bthe\s+way\s+you\s+\w+\s+.*\b(?:was|is)\s+(?:great|good|excellent|really)",
        r"\bi\s+(?:can\s+)?(?:see|notice|noticed)\s+(?:that\s+)?you(?:'ve|\s+have|\s+already)\s+(?:already\s+)?\w+",
        r"\bwhat\s+i\s+(?:really\s+)?(?:liked|loved|appreciated)\s+(?:was|is)\b|\bi\s+thought\s+(?:the|your|that)\s+(?:\w+\s+){0,4}(?:was|were)\s+(?:really\s+|very\s+)?(?:great|good|clever|smart|excellent|strong|clear)\b|\bthat\s+you\s+(?:\w+\s+){1,8}(?:was|is)\s+(?:really\s+|very\s+)?(?:smart|clever|great|good)\b",
        r"\bthe\s+fact\s+that\s+you\b|\b(?:that|this|the|your)\s+\w+(?:\s+\w+)?\s+(?:is|was)\s+(?:honestly\s+|genuinely\s+|really\s+|actually\s+)*(?:the\s+best|brilliant|spot\s+on)\b",
        r"^\w+ing\b.*\b(?:was|is)\s+(?:\w+\s+)?(?:smart|clever|great|brilliant|good|spot\s+on|inspired)\b|\byou\s+(?:spotted|caught|noticed|flagged|picked\s+up\s+on)\b|\b(?:good|great|nice)\s+catch\b|\bwell\s+spotted\b",
        r"\bthe\s+way\s+you(?:'ve|\s+have)?\s+(?:put|set|handled|organi[sz]ed|built|done|laid|structured|ran|run|dealt|managed|had|got|explained|wrote|written|approached)\b|\byou\s+(?:picked|chose|made|found)\s+the\s+right\b",
        r"\b(?:that|it)\s+was\s+your\s+idea\b|\bnobody\s+(?:\w+\s+){0,5}knows\s+(?:\w+\s+){0,3}like\s+you\b",
    ],
    "appreciation": [
        r"^you\s+should\s+be(?:\s+(?:proud|pleased|happy|chuffed))?(?:\s+of\s+yourself)?\s*[.!]*$",
        r"\bthank(?:s|\s+you)\b|\bcheers\b|\bi\s+(?:really\s+)?appreciate\b|\bmuch\s+appreciated\b|\bgrateful\b",
        r"^(?:(?:really|very|so)\s+)?(?:great|good|nice|excellent|brilliant|fantastic|awesome|amazing|super|wonderful|perfect)(?:\s+so\s+far)?\s*!+$|\byou(?:'re|\s+are)\s+(?:a\s+)?(?:star|legend|hero|lifesaver|gem|rock\s*star)\b|\byou(?:'re|\s+are)\s+doing\s+(?:really\s+|so\s+)?(?:great|well|brilliantly|fine)\b",
        r"\b(?:great|good|nice|fantastic|excellent)\s+(?:work|job|effort)\b|\bwell\s+done\b|\bi'?m\s+(?:proud|impressed)\b|\byou\s+(?:did|have\s+done|'ve\s+done)\s+(?:a\s+)?(?:great|good|fantastic|excellent|amazing)\s+(?:job|work)\s*[.!]*$",
        r"\bi\s+(?:commend|applaud)\s+you\b|\bkudos\b|\bthat's\s+(?:great|wonderful|fantastic|awesome|amazing|excellent)\b",
        r"\bcongratulations\b|\bcongrats\b|\b(?:all\s+)?the\s+(?:time|effort|hours|work)\s+you(?:'ve)?\s+(?:put|spent)\b|\byou\s+(?:really\s+)?(?:worked|pushed)\s+(?:so\s+|really\s+)?hard\b",
        r"^(?:good|great|nice)\s+(?:instinct|thinking|call|stuff|one)\s*[.!]*$|\batta\s+(?:girl|boy)\b|\bgood\s+on\s+you\b|\bnice\s+one\b|\byou\s+star\b",
    ],
    "monkey_take": [
        r"\bleave\s+it\s+(?:with|to)\s+me\b|\b(?:let\s+me|i'll|i\s+will|i'm\s+going\s+to|i'll\s+just|i\s+can)\s+(?:have\s+a\s+think|think\s+(?:about\s+it|it\s+over)|look\s+into|sort|handle|take\s+care|deal\s+with|fix|chase|take\s+(?:it|this|that)\s+(?:on|over|from\s+here)|figure\s+(?:it|this|that)\s+out|get\s+back\s+to\s+you|find\s+out|check\s+with|call|ring|phone|talk\s+to|speak\s+to|email|ask|escalate|raise\s+it|pick\s+(?:it|this|that)\s+up)",
        r"\b(?:send|forward|pass|give|hand)\s+(?:it|that|this|them|the\s+\w+)\s+(?:(?:over|on)\s+)?to\s+me\b|\bsend\s+me\s+the\s+\w+\s+and\s+i'?ll\b|\bi'?ll\s+(?:take|do)\s+it\s+(?:myself|from\s+here)\b|\bi'?ll\s+do\s+(?:it|that|this)\b",
        r"\bdon't\s+worry\s+about\s+(?:it|that),?\s+i'?ll\b|\bi'?ll\s+(?:get|come)\s+back\s+to\s+you\b|\bforget\s+it,?\s+i'?ll\b|\bi'?ll\s+\w+\s+(?:him|her|them|it)\s+myself\b|\b(?:then\s+)?you'?ll\s+hear\s+(?:back\s+)?from\s+me\b|\bi'?ll\s+let\s+you\s+know\b",
        r"\bwait\s+(?:\w+\s+){0,3}(?:until|till)\s+i(?:'ve|\s+have)?\b|\bi'?ll\s+(?:sort|handle|deal\s+with|fix|raise)\s+(?:that|it|this|the\s+\w+)\b|\b(?:until|till)\s+i(?:'ve|\s+have)\s+(?:spoken|talked|heard|sorted|checked)\b",
        r"\b(?:it'?s|it\s+is|it\s+would\s+be)\s+(?:\w+\s+)?(?:quicker|easier|faster|simpler)\s+if\s+i\b|\bleave\s+\w+(?:\s+\w+)?\s+(?:with|to)\s+me\b",
        r"\b(?:send|forward|give|pass)\s+(?:it\s+|them\s+|that\s+|everything\s+)?(?:over\s+)?(?:to\s+)?me\b.*\bi'?ll\b|\bi'?ll\s+take\s+it\s+from\s+there\b",
    ],
    "monkey_back": [
        r"\bwhat'?s\s+the\s+(?:one|first|next)\s+thing\s+you\b|\bwhat\s+(?:are\s+you|is\s+your\s+gut)\s+leaning\b|\bwhat\s+would\s+help\s+you\s+(?:decide|choose|move|get)\b|\bwho\s+(?:would|could|will|can)\s+you\s+(?:\w+\s+)?(?:contact|ask|approach|call|email)\b|\bwho\s+(?:\w+\s+){0,4}could\s+(?:walk|help|show)\s+you\b",
        r"\bhow\s+(?:do\s+you\s+think\s+)?you\s+could\s+(?:fix|solve|sort|handle|resolve)\b|\bwhat'?s\s+your\s+plan\s+b\b|\btry\s+(?:that|it|this)\b.*\b(?:let\s+me\s+know|show\s+me|tell\s+me)\b|\btell\s+me\s+(?:\w+\s+){0,3}what\s+you\s+(?:decide|choose|pick|find\s+out|hear)\b|\btell\s+me\s+(?:on\s+\w+\s+)?what\s+(?:he|she|they)\s+(?:said|says)\b",
        r"\bi'?d\s+rather\s+you\s+(?:kept|keep|did|handled|owned|took)\b|\b(?:is|are)\s+(?:all\s+)?yours\s+(?:end\s+to\s+end|though|now)\b|\bthe\s+\w+\s+itself\s+is\s+yours\b|\bwhen\s+can\s+you\s+have\s+(?:that|it|this)\b",
        r"\b(?:it|that|this)\s+stays\s+with\s+you\b|\bi'?ll\s+leave\s+(?:\w+\s+){0,3}(?:entirely\s+|completely\s+)?(?:to|with|up\s+to)\s+you\b",
        r"\bhow\s+(?:could|can|might|would)\s+you\s+(?:\w+\s+){0,3}(?:convince|persuade|solve|fix|prevent|get\s+round|get\s+around)\b",
        r"\b(?:will|are)\s+you\s+(?:going\s+to\s+)?(?:call|email|ring|sort|ask|talk|put|send|set|handle|raise|take|book|write|show|present)\b.*\b(?:yourself|tomorrow|today|monday|tuesday|wednesday|thursday|friday|next\s+week)\b|\bthen\s+i'?ll\s+hear\s+(?:from\s+you\s+)?(?:\w+\s+)?(?:whether|if|how)\b|\bwho\s+(?:else\s+)?(?:could|can|might)\s+you\s+(?:\w+\s+){0,3}(?:ask|approach|call|talk\s+to)\b",
        r"\bwhat\s+(?:do\s+you\s+think\s+)?you(?:'ll|\s+will|'re\s+going\s+to|\s+are\s+going\s+to)\s+(?:do|try)\s+(?:next|first|now|about)\b|\bwhat\s+are\s+your\s+next\s+steps\b|\bwhat'?s\s+the\s+next\s+step\s+for\s+you\b",
        r"\b(?:tell|let)\s+me\s+(?:know\s+)?how\s+it\s+(?:went|goes|turns\s+out)\b|\bhave\s+a\s+go\b.*\b(?:tell|let)\s+me\b",
        r"\blet\s+me\s+know\s+(?:by\s+|on\s+)?(?:monday|tuesday|wednesday|thursday|friday|tomorrow|tonight|this\s+week)\b|\bso\s+i\s+know\s+(?:how|whether|if|what)\b",
        r"\bwho\s+(?:could|can|will|would)\s+(?:help\s+you|you\s+(?:ask|get|call))\b|\bwhat\s+will\s+you\s+do\s+with\b|\bhow\s+(?:do|will|would)\s+you\s+want\s+to\s+(?:handle|cover|solve|deal\s+with)\b|\bcan\s+you\s+sort\s+(?:that|it)\s+(?:out\s+)?with\b|\bwhat\s+(?:will|are)\s+you\s+(?:going\s+to\s+)?(?:propose|suggest)\b|\byou\s+present\s+it\b|\bit'?s\s+your\s+project\b",
        r"\bwhat(?:'s|\s+is|\s+will\s+be)\s+your\s+(?:first|next)\s+(?:step|move|action)\b|\bwhat\s+(?:will|are)\s+you\s+(?:going\s+to\s+)?do\s+(?:first|next)\b",
        r"\b(?:come\s+back|get\s+back|report\s+back)\s+to\s+me\s+(?:with|by|on|when|once|after|tomorrow)\b|\blet\s+me\s+know\s+(?:what|which|how|by|when|once|if\s+you|where\s+you\s+land|your)\b",
        r"\bover\s+to\s+you\b|\bball'?s?\s+(?:is\s+)?in\s+your\s+court\b|\byou\s+own\s+(?:it|this)\b|\bi'?ll\s+leave\s+(?:it|that|this|the\s+\w+)\s+(?:with|to|up\s+to)\s+you\b|\byou\s+take\s+it\s+from\s+here\b",
        r"^(?:please\s+)?(?:think\s+(?:it\s+over|about\s+it)|have\s+a\s+think|sleep\s+on\s+it)\b.*\b(?:come\s+back|get\s+back|let\s+me\s+know|tell\s+me)|\bwhat\s+would\s+you\s+(?:propose|suggest)\b",
        r"\bwho\s+(?:will|are)\s+you\s+(?:going\s+to\s+)?(?:ask|call|talk\s+to|contact)\b|\bthen\s+you(?:'ll|\s+will)?\s+(?:call|email|talk\s+to|ask|contact|ring|phone)\b|\bwhat\s+would\s+you\s+need\s+(?:\w+\s+){0,4}yourself\b",
        r"\bwhat\s+(?:will|are)\s+you\s+(?:going\s+to\s+)?do\s+about\b|\bhow\s+are\s+you\s+going\s+to\s+(?:solve|fix|deal\s+with)\b",
    ],
    # asks the other for their next move: monkey_back after a problem, otherwise motivation (own approach)
    "next_move": [
        r"\bwhat(?:'s|\s+is)\s+your\s+(?:plan|proposal|idea)\b|\bwhat\s+(?:will|are)\s+you\s+(?:going\s+to\s+)?do\s+(?:with|now)\b|\bwhat\s+do\s+you\s+(?:want|plan|intend)\s+to\s+do\b|\bhow\s+are\s+you\s+going\s+to\s+(?:solve|tackle|handle|fix|approach|deal\s+with)\b",
    ],
    # hands ownership to the other: monkey_back after a problem, otherwise a mandate (instruction)
    "ownership": [
        r"\b(?:it'?s|that'?s|is)\s+(?:entirely\s+|completely\s+|totally\s+)?(?:up\s+to\s+you|your\s+call|your\s+decision|your\s+choice|in\s+your\s+hands)\b|\byou\s+(?:decide|make\s+the\s+call|call\s+the\s+shots)\b|\b(?:it'?s|that'?s)\s+(?:all\s+)?yours\b|\bthe\s+(?:decisions?|choices?)\s+(?:is|are)\s+yours\b|\bhow\s+you\s+do\s+(?:it|that)\s+is\s+up\s+to\s+you\b",
    ],
}

# A directive that starts with a bare verb (imperative); reassurance and permission are none
IMPERATIVE = (
    r"^(?!give\s+my\s+(?:best|regards|love)|look\s*,|go\s+on\b|go\s+ahead\b|don't\s+worry|take\s+care\b|(?:speak|talk|see\s+you|catch\s+you)\s+(?:soon|later|then|tomorrow|monday|tuesday|wednesday|thursday|friday|next)|give\s+it\s+(?:some\s+)?time)"
    r"(?:please\s+|just\s+|maybe\s+|then\s+|first\s+)?(?:call|phone|ring|send|email|mail|use|ask|talk|speak|check|make|put|get|take|give|write|set|keep|split|bring|"
    r"start|begin|try|plan|prepare|draft|book|schedule|contact|involve|include|add|remove|drop|skip|go|look|read|update|share|finish|deliver|"
    r"forward|reach|invite|let\s+(?:them|him|her|the)|tell|leave|focus|don't\s+\w+|have\s+it|reuse|copy|combine|cut|limit|stick|follow|coordinate|align|consult|ping|text|message|hold|wait|run|hand|fix|sort|move|pay|raise|apply|flag|switch|log|swap|push|park|escalate|chase|cancel|assign)\b"
)

# The other's turn raises a problem, an obstacle or a doubt
PROBLEM = (
    r"\b(?:scary|nervous|dread\w*|anxious|daunting|problem|issue|trouble|stuck|blocked|blocker|struggl\w*|difficult|hard|can't|cannot|couldn't|won't|doesn't|don't\s+know|not\s+sure|unsure|"
    r"no\s+(?:idea|answer|response|reply|time)|haven't\s+heard|waiting|late|behind|delay\w*|worried|worry|concern\w*|failed|fail|missing|"
    r"overwhelm\w*|busy|too\s+much|conflict|refus\w*|ignor\w*|isn't\s+working|not\s+working|wrong|mess|help)\b"
)

STOP = frozenset(
    "that this with have from they them there their what when where which would could should about been were your just like "
    "really know think yeah okay well then than some more much very into also because going want said says mean does didn't "
    "don't it's i'm you're thing things something anything kind sort maybe being will make made still only even right here "
    "those these doing done through over other time lot lots pretty quite actually basically probably gonna wanna little bit".split()
)


# A proposal or request to the other: a moment named in it is agreed (a checkpoint)
PROPOSAL = (
    r"^(?:shall|can|could|should)\s+we\b|\blet'?s\b|^(?:can|could|would|will)\s+you\b|^(?:send|get|give|let|ping|drop|have|bring|email|call|text)\b|"
    r"\bi(?:'d|\s+would)\s+like\b|\bi\s+(?:want|need|expect)\b"
)
