import { type NetLexicon, words } from './net-words.js';

// English for the wide net (net.ts). Written in folded spelling: lower case, no apostrophes
// ("im", "dont"), and doubled letters are cut to one when compiled ("kill" matches "kil").

const DIE = String.raw`(?:dont wak\w* up|not to wake up|to not wake up|never wak\w* up|not wak\w* up|die|dying|be dead|dead|not (?:be )?here|not exist|disappear|vanish|end it|end (?:it )?all|end (?:my life|things|everything)|kill myself|kms|unalive(?: myself)?|(?:commit )?suicide|sleep forever|never wake up|not wake up|go to sleep (?:and|n) (?:never|not) wake)`;

export const NET_EN: NetLexicon = {
  idioms: words(
    String.raw`\b(?:is|are|was|its|it s|this|that|these|those|you re|youre|ur|u)\s+(?:\w+\s+)?kill(?:ing|s|ed)?\s+me\b`,
    String.raw`\bkil(?:l|led|ling)? (?:it|them|the game|for (?:a|some|an)\b)`,
    String.raw`\b(?:dying|die) (?:to|for|of (?:laughter|embarrassment|boredom|shame|cringe)|laughing|inside)\b`,
    String.raw`\bdead (?:tired|serious|wrong|on|end|ringer|set)\b|\bdeadline`,
    String.raw`\b(?:could|would|gonna|going to|will) (?:just )?(?:die|kill (?:him|her|them|you|someone|my \w+))\b(?= (?:of|if|when|laughing))`,
    String.raw`\bkms if\b|\bkill myself if (?:this|the|my|i have to|i hear)\b`,
    String.raw`\bcant (?:do this|take (?:it|this)) any ?more,? (?:the|this|these|my (?:printer|boss|neighbou?rs|wifi|laptop|phone|kids are))\b`,
  ),
  negations: words(
    String.raw`\b(?:im|i am|i was|im really) (?:not|never) (?:suicidal|going to (?:hurt|kil) myself|in danger)\b`,
    String.raw`\b(?:no|not any|without) (?:suicidal |dark )?thoughts (?:of|about) (?:suicide|dying|hurting myself|killing myself)\b|\bno suicidal (?:thoughts|ideation)\b`,
    String.raw`\bi (?:dont|do not|didnt|never) (?:want|wanted|plan|intend) to (?:die|kill myself|hurt myself|end (?:it|my life))\b`,
    String.raw`\bi (?:would|will|could) never (?:hurt|harm|kill|cut) myself\b|\bi (?:have )?never (?:thought|wanted|tried|planned) (?:about |of |to )?(?:suicide|killing myself|hurting myself|dying|self ?harm)\b`,
    String.raw`\b(?:id|i would|i ?d) rather die than\b|\bi could (?:just )?die\b(?= (?:of|when|if|laughing))`,
  ),
  near: words(String.raw`\b(?:now|right now|rn|today|atm|at the moment|currently)\b`),
  skip: words(
    String.raw`\b(?:help|helping|support|supporting|talk to|talking to|reach|care for|work with|working with|counsel) (?:a |my |our )?(?:someone|somebody|friend|friends|people|others|person|loved one|teens?|students?|clients?|patients?) (?:who|that|with|in)\b`,
    String.raw`\b(?:my|his|her|their|our|a|the) (?:brother|sister|mom|mum|mother|dad|father|son|daughter|friend|bestie|cousin|uncle|aunt|wife|husband|partner|boyfriend|girlfriend|coworker|colleague|client|patient|neighbou?r|grandma|grandpa|grandfather|grandmother|teen|kid|child|student)s? (?:\w+ ){0,3}(?:died|killed|took|ended|committed|attempted|tried|said|says|told|talks?|wants?|wanted|was|is|has|had|cut|self)`,
    String.raw`\b(?:he|she|they) (?:\w+ ){0,2}(?:said|says|told|wants?|wanted|tried|attempted|died|killed|took (?:his|her|their)|is|was|has been|keeps|cuts?)\b`,
    String.raw`\b(?:died|passed|lost (?:\w+ ){0,3}to) (?:by|from|to) suicide\b|\bsuicide (?:loss|survivors?|prevention|awareness|hotline|rates?|statistics|training|of (?:my|a|his|her))\b`,
    String.raw`\b(?:book|novel|film|movie|song|lyrics?|poem|show|series|episode|character|narrator|article|news|podcast|documentary|quote)\b`,
    String.raw`\b(?:how|what) (?:can|do|should|would) (?:i|we|you|someone) (?:\w+ ){0,4}(?:help|support|say to|talk to|tell)\b|\bwarning signs\b|\bsafety plan(?:ning)?\b|\bnext session\b|\b(?:my|a|the) (?:client|patient)s?\b`,
    String.raw`\b(?:used to|years ago|when i was (?:a )?(?:kid|teen|young|\d+)|back (?:then|in)|in (?:high school|college|my twenties)|a long time ago)\b(?!.*\b(?:again|now|lately|these days|this week|tonight|still)\b)`,
    String.raw`\b(?:im|i am|i was) (?:not|never) (?:suicidal|going to (?:hurt|kill)|in danger)\b(?!.*\b(?:just|but|though)\b)|\bi (?:have )?never (?:thought|wanted|tried)\b|\bno (?:suicidal|dark) thoughts\b|\b(?:clean|free|sober) (?:for|since) (?:\d+|a|two|three|four|five|six|seven|eight|nine|ten)\b`,
  ),
  thoughts: words(
    String.raw`\bif i (?:just )?(?:died|was dead|were dead|wasnt here|was gone|disappeared)\b|\bfor it (?:al )?to be over\b|\bdying young\b|\b(?:think|thinking|thought) about (?:stepping|jumping|driving|swerving|walking|steping) (?:forward|off|in front|into|out)\b`,
    String.raw`\b(?:i|ill|id|im gona|im going to|i wil|i would|i could|i should|i might|i want to|i hope to|be glad to|happy to|ready to)\b(?: \w+){0,5} (?:die|dying)\b|\bto (?:die|kil myself|end it|end my life)\b|\b(?:and|would|could|to|it|then|just) kil\w* me\b|\bkil\w* myself\b|\b(?:disappointed|sad|upset|angry|annoyed|gutted) (?:that )?i (?:woke|wake|am stil|im stil|stil) (?:up|alive|here)|\b(?:jealous|envious) of (?:people|those|anyone) who (?:die|died|get to)|\bif i (?:wasnt|werent|was not|were not) (?:in it|here|around|alive)|\b(?:finish|finishing|end|ending) (?:it|things|everything|it al)\b|\bwont mater\b`,
    String.raw`\b(?:dont|cant|do not|cannot) see myself (?:making it|living|being (?:here|alive|around)|getting (?:old|to))\b|\b(?:stop fighting|excuse to (?:stop|die|give up|go))\b|\bnothing (?:feels|is) worth (?:it|living)\b`,
    String.raw`\bwhats (?:even )?the point\b|\bhow do (?:people|you|others) (?:keep|go on) (?:living|going)\b|\b(?:being alive|living|life|existing) (?:feels|is) (?:like )?(?:a chore|a burden|an obligation|pointless|too much|unbearable)\b|\b(?:fall asleep|sleep) (?:\w+ ){0,7}(?:not|never) (?:come back|wake)\b|\b(?:car|bus|truck|train) (?:just )?(?:didnt|wouldnt|did not|doesnt) stop\b|\b(?:scan|results?|test|diagnosis|biopsy) (?:\w+ ){0,8}(?:relieved|relief)\b|\bvanish(?:ed)?\b|\b(?:my own )?funeral\b|\bpull (?:towards|toward|to) the (?:edge|tracks|road)\b|\bpictures? (?:in my head )?of (?:jumping|dying|hanging|crashing)\b|\bstaring at the (?:pills|meds|bottle|knife|rope|tracks)\b|\bnothing (?:is going to|will ever|will|is gonna) (?:get )?(?:better|change)\b|\bthe (?:thoughts|voices?) (?:are )?(?:back|again)\b|\bthoughts (?:again|are back|have come back|came back)\b|\b(?:thoughts|voices?|urges?) (?:are |have been |keep )?(?:creep|crawl|sneak|slip|seep|come|com)\w* back\b|\b(?:stoped|stop|dont|do not|no longer|cant|cannot|hard to) (?:\w+ ){0,1}(?:believ\w*|think\w*|see\w*|imagin\w*) (?:that )?(?:theres|there|there is|there wil be|il ever find|i wil ever find) (?:any |a )?(?:way out|point|future|hope|reason to|light at)|\bmade my peace\b|\bno one (?:would|will) (?:notice|miss)\b|\bif i (?:vanished|disappeared|was gone|were gone|died)\b|\bnot exist\b|\bwant (?:to|it to) (?:all )?(?:stop|end|be over)\b|\bever (?:get|getting) better\b`,
    String.raw`\b(?:want|wanna|wanted|wish|wishing|hope|hoping|pray|praying|ready|trying|plan|planning|going|gonna|about|thinking|thought|think|thoughts|urge|urges|tempted|keep|kept|rather|prefer|like|love) (?:\w+ ){0,3}(?:to )?${DIE}\b`,
    String.raw`\b(?:kill myself|kms|unalive|suicid\w*|end my (?:own )?life|take my (?:own )?life|off myself|self ?delete|not be alive|stop (?:living|existing|breathing))\b`,
    String.raw`\bwish (?:i|id) (?:was|were|had) (?:dead|never been born|not born|gone|not here|not wake)|\bnever (?:been|be) born\b`,
    String.raw`\b(?:dont|do not|didnt|no longer|dont really) (?:\w+ ){0,2}(?:want|wanna|care|feel like) (?:\w+ ){0,2}(?:to )?(?:live|be alive|be here|exist|go on|wake up|keep going|whether i live|if i live|if i die|whether i die|be around)\b`,
    String.raw`\b(?:cant|can not|cannot|dont know how (?:much longer )?(?:i can|to)|unable to) (?:go on|keep going|keep living|do this any ?more|take (?:it|this|much more) any ?more|live like this|keep doing this|cope any ?more|hold on much longer)\b`,
    String.raw`\b(?:no|not any|no more|zero) (?:point|reason|purpose|hope|future|way out|will)\b(?: (?:in|to|for))? ?(?:\w+ ){0,2}(?:living|live|going on|being (?:alive|here)|anything|life|anymore|to go on|to keep)?`,
    String.raw`\bwhats the point\b|\bwhy (?:do|should) i (?:even )?(?:bother|keep|try|wake|get up|live|exist)|\bwhy (?:am i|i am) (?:still )?(?:here|alive)|\bpointless\b|\bhopeless\b|\bgiven up on (?:life|everything|myself)|\bgive up on (?:life|living)|\btired of (?:living|being alive|life|existing|fighting)|\bdone with (?:life|living|everything|it all|this life)`,
    String.raw`\b(?:not|never) (?:built|meant|made) (?:for|to) (?:living|live|this world)|\b(?:wont|will not|dont think ill|not gonna) (?:make it|live) (?:to|past|through)\b|\bcant (?:picture|see|imagine) (?:a|any|my) future\b|\bno future\b`,
    String.raw`\b(?:dark|bad|scary|intrusive|those) thoughts\b|\bthoughts (?:of|about) (?:dying|death|ending|not being|hurting)|\bwish (?:it|everything|this) would (?:all )?(?:just )?(?:stop|end)|\bstop (?:\w+ ){0,4}forever\b|\bpermanently\b|\bdisappear\b|\bnot wake up\b|\bnever wake up\b|\b(?:car|bus|truck|plane|someone) (?:would |to |just )?(?:hit|crash|go(?:es)? down|kill)`,
    String.raw`\b(?:tried|attempted|attempt) (?:\w+ ){0,3}(?:before|last (?:year|month|time)|again)|\bthinking about it again\b|\bwant out\b|\bwant (?:it|everything|all) to (?:stop|end)\b|\bready to (?:go|leave|give up)\b|\bnot worth (?:it|living|saving|the air)`,
  ),
  selfHarm: words(
    String.raw`\b(?:itch|urges?|craving|pul) (?:is|are|s) back\b|\bhavent touched (?:anything|the blade|the razor)\b|\bself harm\w*\b`,
    String.raw`\b(?:bit|bite|biting|scratched|scratch|scratching|punched|hit|banged|slammed) (?:\w+ ){0,3}(?:my (?:arm|arms|head|hand|hands|leg|legs|wall)|the wall|myself)\b(?=.*\b(?:bruise|bleed|blood|hard|again|till|until|knuckles|punish|anxious|bad night)\b)|\b(?:new|fresh) (?:cuts|scars|burns)\b|\b(?:stop|stopped|skip|skipping) (?:eating|meals) (?:on purpose|to punish)|\bpunish(?:ing)? myself\b|\burge to (?:cut|burn|hurt|harm)\b|\bwant to hurt myself\b|\bhurt myself\b`,
    String.raw`\b(?:cut|cutting|cuts|burn(?:ed|t|ing)?|hit(?:ting)?|punch(?:ed|ing)?|scratch(?:ed|ing)?|hurt(?:ing)?|harm(?:ed|ing)?|starv(?:e|ed|ing)|bang(?:ed|ing)?|carv(?:e|ed|ing)|bruis(?:e|ed|ing))\b (?:\w+ ){0,2}(?:myself|my (?:arm|arms|wrist|wrists|leg|legs|thigh|thighs|skin|stomach|head|hand|hands|body))`,
    String.raw`\bself ?harm\w*|\bsh (?:again|urges?|relapse)|\brelaps\w* (?:on|into|with) (?:cutting|self ?harm|sh|burning)|\b(?:razor|blade|lighter|cigarette) (?:on|into|to|against) my\b|\bstaring at (?:the|my) (?:razor|blade|knife)|\burges? (?:to|are) (?:cut|hurt|harm|bad|back|strong)`,
  ),
  burden: words(
    String.raw`\btaking up space\b|\bwouldnt (?:skip a beat|miss me|notice)\b|\b(?:stop|quit) (?:costing|burdening|bothering|draining) (?:them|everyone|my)\b|\bwaste of (?:space|oxygen|air)\b`,
    String.raw`\b(?:everyone|everybody|they|the world|my (?:family|kids|wife|husband|partner)) (?:would|d|will) (?:be )?(?:fine|better|happier|ok|okay|lighter) without (?:me|you)\b|\bworld (?:wouldnt|would not) notice\b|\bin (?:every ?ones|everybodys|every bodys) way\b`,
    String.raw`\b(?:better|lighter|easier|happier) (?:off )?without me\b|\b(?:im|i am|im just|being) (?:a|such a|the) (?:burden|problem|waste)\b|\bno one would (?:notice|care|miss)|\bnobody would (?:notice|care|miss)|\bwould anyone (?:notice|care|miss)|\bdeserve (?:a|better than) (?:\w+ ){0,3}(?:who isnt|than me)|\bbetter off with(?:out)? (?:me|someone else)`,
  ),
  means: words(
    String.raw`\b(?:pills?|tablets?|meds|medication|bottle|overdose|od|sleeping pills|tylenol|paracetamol|xanax|insulin)\b`,
    String.raw`\b(?:rope|noose|belt|cord|gun|guns|pistol|rifle|revolver|shotgun|firearm|bullet|loaded|knife|knives|blade|razor|poison|bleach|gas|exhaust|car)\b`,
    String.raw`\b(?:jump|jumping|hang|hanging|drown|drive (?:off|into)|crash (?:my|the) car|step in front)\b`,
  ),
  time: words(
    String.raw`\bbefore (?:the )?next (?:meeting|session|group|week)\b|\b(?:on )?(?:saturday|sunday|monday|tuesday|wednesday|thursday|friday)\b|\bat (?:dawn|sunrise|sunset)\b`,
    String.raw`\b(?:early )?tomorrow (?:morning|night)\b|\bat \d{1,2}(?::\d\d)?\s?(?:am|pm)?\b|\bwhen the sun (?:comes up|rises)\b|\bsunrise\b|\b(?:an|one) hour ago\b`,
    String.raw`\b(?:tonight|tomorrow|this (?:weekend|week|evening|morning|afternoon|friday|saturday|sunday|monday|tuesday|wednesday|thursday)|on (?:friday|saturday|sunday|monday|tuesday|wednesday|thursday)|by (?:midnight|friday|morning|the weekend)|after (?:the meeting|group|work|tonight|everyone|my|the kids)|before (?:morning|the sun|anyone)|in (?:an|a few|\d+) (?:hour|hours|minutes)|soon|midnight)\b`,
    String.raw`\b(?:the )?(?:date|day|time) (?:is )?(?:set|picked|chosen|decided)\b|\b(?:picked|chose|set|chosen) (?:a|the) (?:date|day)\b|\b(?:the )?\d{1,2}(?:st|nd|rd|th)\b|\b(?:january|february|march|april|may|june|july|august|september|october|november|december) \d`,
  ),
  place: words(
    String.raw`\b(?:standing|sitting|waiting|walking|heading|driving|drove|going) (?:\w+ ){0,2}(?:on|at|onto|into|to|towards|out to|off) (?:the|a) (?:\w+ )?(?:overpass|tracks|station|platform|bridge|cliff|lake|river|sea|edge|roof|woods|garage)\b|\bim on the (?:bridge|roof|ledge|tracks)\b`,
    String.raw`\b(?:on|at|up on|standing on|near|over|off|from) (?:the|a|this|my) (?:\w+ )?(?:bridge|roof|rooftop|ledge|edge|tracks|railway|balcony|railing|cliff|overpass|platform|top floor|parking garage|pier|river|lake|woods|water)\b|\b\d+(?:st|nd|rd|th) floor\b|\bup here\b`,
  ),
  act: words(
    String.raw`\b(?:taking|swalowing|downing|eating) (?:them|the lot|it|the rest|every (?:one|last one)|al of them)(?: al)? (?:now|rn|right now|tonight)\b`,
    String.raw`\bpul (?:the )?trigger\b|\btook (?:them|it|the lot|everything) al\b|\btook the lot\b`,
    String.raw`\blocked (?:myself )?in (?:the|my) \w+ with\b|\bnot stopping (?:this time)?\b|\bthis time (?:i wont|im not) stop|\b(?:driving|drive|walk|walking|swim|swimming) (?:\w+ )?into the \w+|\bdeeper than\b|\b(?:it|the bleeding|blood) (?:wont|will not|doesnt|isnt) stop\w*\b|\bdont (?:ring|call|phone|tel) (?:anyone|anybody|my|an ambulance|911|999|112)\b|\bcant see (?:the screen|straight|properly)\b|\bon top of the (?:pils|meds|tablets)\b|\bi(?:ve)? (?:got|bought|have) (?:the|a) (?:rope|nose|gun)\b|\b\w*bridge\b(?=.*\b(?:rn|now|standing|not walking|not coming|over|down))`,
    String.raw`\bthe (?:train|express|bus) that (?:doesnt|does not|wont) stop`,
    String.raw`\b(?:on|at) the (?:balcony )?(?:rail|railing|ledge|edge of the (?:roof|bridge|platform|cliff))\b|\b(?:im|i am|standing|sitting|waiting|walking|heading|climbing)(?: \w+){0,2} (?:on|at|onto|into|towards|toward|over|up) (?:the|a) (?:\w+ )?(?:overpass|tracks|bridge|cliff|ledge|roof|rooftop|balcony|railing|platform|edge)\b`,
    String.raw`\b(?:bleeding|blod(?! (?:presure|test|sugar|work|type|donation|drive|bank|panel|count|levels?|draw))|soaked|deeper|dizzy|passing out|getting sleepy|fading|drowsy)\b(?=.*\b(?:arm|wrist|cut|pill|towel|deep|meant|not going|hospital|dont call|sleep|bottle))|\b(?:in my hand|next to me|right here|on the (?:bed|table|edge))\b(?=.*\b(?:blade|knife|gun|rope|cord|pill|razor))|\b(?:tied|tying) (?:it|the (?:rope|cord|belt))|\bcords? (?:is |s )?tied\b|\bgot the blade out\b|\bcounting (?:out )?(?:the|my) pills\b|\bshould be (?:plenty|enough)\b|\bbottles? (?:is |s )?empty\b|\bstopped (?:taking )?my (?:insulin|meds|medication) on purpose\b|\bmixed (?:the |my )?(?:pills|meds) with\b|\bengine running\b|\b(?:walk|walking|step|stepping) (?:in|into|out|onto|off)\b(?=.*\b(?:lake|water|track|river|sea|ledge|edge))`,
    String.raw`\b(?:took|taken|swallowed|downed|had|ate) (?:\w+ ){0,3}(?:all|whole|entire|every|bunch|handful|\d+|rest of|too many)(?: \w+){0,3} (?:pills?|tablets?|meds|bottle|of them|tylenol|paracetamol|ibuprofen|advil|aspirin|xanax|insulin|morphine|oxy\w*|sleeping)|\b(?:took|swallowed|downed) (?:the|my|a) (?:whole|entire)?\s?(?:bottle|pack|box|stash)`,
    String.raw`\b(?:im|i am|currently|already|just) (?:\w+ ){0,2}(?:cutting|bleeding|standing|sitting|on the|at the|up on|in the car|in my car)\b(?=.*\b(?:bridge|roof|ledge|edge|tracks|balcony|railing|cliff|overpass|floor|now|rn|blood|bleed|deep|stop)\b)|\bwont stop bleeding\b|\bcant (?:feel|stop) (?:my|the) (?:hands|legs|bleeding)\b|\b(?:pills|meds|it) (?:are|is|starting to|kicking) (?:\w+ )?(?:kick|working|in)\b|\b(?:its|it is) done\b|\bone leg over\b|\bnot (?:scared|afraid) any ?more\b`,
  ),
  farewell: words(
    String.raw`\b(?:by the time|when|once) (?:any ?one|anybody|some ?one|somebody|you|u|they|y ?al) (?:\w+ ){0,2}(?:reads?|sees?|finds?|gets?|opens?) (?:this|these|my)\b|\bi(?:l| wil) have (?:jumped|hanged|overdosed|ended it|done it|gone through with it)\b`,
    String.raw`\b(?:wont|will not|not (?:gona|going to)) be (?:here|around|alive) (?:\w+ ){0,3}(?:after|by|next|much longer|anymore|for)\b|\bbye,? (?:doctor|everyone|al|guys|world)\b`,
    String.raw`\b(?:the )?(?:date|day) (?:is )?(?:set|picked|chosen)\b|\bhave (?:a|the) (?:date|day) (?:picked|set|chosen)\b|\b(?:nobody|no one) will (?:guess|know|notice|find out)\b`,
    String.raw`\b(?:by then|after today|after tonight|after tomorrow|when the sun comes up|at sunrise) (?:\w+ ){0,3}(?:over|gone|done|wont|happens|it)\b|\bgoodnight forever\b|\bnot coming back\b|\b(?:scheduled|schedule) (?:an|a|my) (?:email|message|post|text|video)\b|\bgoodbye (?:video|post|message|letter|note)\b|\bpasswords?\b(?=.*\b(?:after|close|accounts|envelope|when)\b)|\bclose my accounts\b|\b(?:will|wills) (?:is |s )?signed\b|\bnew home for (?:my|the)\b|\b(?:cat|dog)s? (?:has |s )?got a new home\b|\bafter (?:im|i am) gone\b|\bwhen (?:im|i am) gone\b|\bim sorry\b(?=.*\b(?:wont|will not) be\b)|\bmade sure of (?:that|it)\b|\bno one will (?:walk in|find me|stop me)\b|\bnobody (?:will|can) stop me\b|\bthis time (?:no one|nobody)\b|\bthis is it\b|\bworking up the nerve\b`,
    String.raw`\b(?:wrote|written|writing|left|leave|leaving|finished) (?:\w+ ){0,2}(?:note|notes|letter|letters)\b|\b(?:letters?|notes?) (?:are|is) (?:in|on|under)\b|\bsuicide (?:note|letter)`,
    String.raw`\b(?:gave|giving|given|give) (?:\w+ ){0,3}(?:away|my (?:things|stuff|clothes|guitar|dog|cat|phone|belongings))|\b(?:sorted|sorted out|arranged|settled|put in order) (?:\w+ ){0,3}(?:who gets|my affairs|everything for|my will)|\bwho gets (?:the|my)\b|\bwont (?:need|be needing) (?:it|them|this|that|these|anything)\b|\bafter (?:tonight|today|tomorrow) (?:i|it)\b`,
    String.raw`\b(?:last|final) (?:message|post|goodbye|time (?:you|ill|i))\b|\bthis is (?:my )?goodbye\b|\bgoodbye (?:everyone|all|forever|world|guys)\b|\bsee (?:you|u|ya) (?:never|on the other side)\b|\b(?:take care of|look after|tell) (?:my|mom|dad) (?:\w+ ){0,3}(?:for me|i love|i loved|it wasnt|its not)|\bi loved you all\b|\bthank(?:s| you) (?:for|to) (?:everything|whoever|every ?one)\b(?!.*\b(?:tonight|session|meeting|group|week)\b.*\b(?:see|next)\b)|\bty to (?:whoever|everyone)\b|\bdont (?:look|come looking|try to find) (?:for )?me\b|\b(?:wont|will not|not gonna) be (?:at|here|around|there) (?:\w+ ){0,4}(?:or|ever|any ?more|after that|any session)`,
  ),
  intent: words(
    String.raw`\b(?:quick|quickest|fast|fastest|painles|easy|easiest|best|sure) (?:way|method|ways) (?:to|of) (?:die|dying|kil\w* (?:myself|yourself)|end it|end (?:my|your) life|overdose)\b`,
    String.raw`\b(?:il|i wil|i ?l) (?:have )?(?:be )?(?:dead|died|gone|kiled myself)\b|\b(?:chosen|picked|set) (?:a|the) date to\b|\b(?:amount|how many|how much) (?:of )?(?:\w+ ){0,3}(?:so|to|til|until) (?:you|i)? ?(?:dont|do not|never|not) wake\b|\bso (?:they|no one|nobody) (?:dont|doesnt|wont|cant) find me\b`,
    String.raw`\b(?:going|goin|gonna) (?:thr(?:ough|u)) (?:with )?it\b|\b(?:im|i am|i will|ill|gonna|going to) (?:finally )?(?:do it|doing it|end it|ending it|jump|jumping|go through)\b|\bits happening\b|\b(?:tonight|today) (?:is|s) the (?:night|day)\b(?=.*\b(?:pills|letter|note|end|goodbye|done|gun|rope)\b)|\bim done\b(?=.*\b(?:tonight|pills|knife|gun|rope|bridge|end)\b)|\bnot asking for help\b|\bfinally listening\b|\bplan (?:is|was) (?:set|ready|made)\b|\bhave a plan\b|\bhow many (?:\w+ ){0,2}(?:is|would be|to) (?:enough|lethal|fatal)\b|\b(?:lethal|fatal) dose\b`,
  ),
  ordinaryGoodbye: words(
    String.raw`\b(?:vacation|holiday|trip|moving|move to|new job|graduat|retir|see (?:you|u|ya|y'?all) (?:all )?(?:in|next|on|soon|at|after|again)|zoom|wedding|honeymoon|hospital for|surgery|switching|changing group|old self|detox|off social|break from)\b`,
  )[0] as RegExp,
  hyperbole: /\b(?:kil myself|kms|kys|want to die|wana die|gona die|unalive|just die|die of)\b/,
  laughter: /\b(?:lol|lmao|lmfao|haha\w*|jk|rofl|kidding)\b|😂|🤣|😹/u,
};
