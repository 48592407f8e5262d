import { any, gap, type Lexicon, words } from './lexicon.js';
import { THOUGHT_RULES } from './lexicon-en-thoughts.js';
import { URGENT_RULES } from './lexicon-en-urgent.js';
import { compile } from './normalise.js';

/**
 * English crisis language (ADR 29), written against normalised text: "i am" for "I'm" and "im",
 * "do not" for "don't" and "dont", "kill myself" for "kms", "suicide" for "sewerslide".
 */

const IDIOMS = [
  '(?:is|are|was|were|it is|this is|that is|keeps|keep) killing me',
  '(?:going to|will|gonna) (?:kill|be the death of) (?:me|us)',
  'kill(?:ed)? (?:for|it|time|the \\w+|my \\w+|two)',
  'killing it',
  '(?:die|died|dying|dead) (?:of|from|with) (?:laughter|laughing|embarrassment|boredom|shame|cringe|hunger|heat|cold|curiosity)',
  '(?:died|dying|dead) laughing',
  'so funny (?:i )?(?:literally )?died',
  'i am (?:so )?dead lol',
  'lol i am dead',
  'dying to (?:see|catch|meet|try|know|hear|go|get|tell|start|read|visit|join|show)',
  'dead (?:tired|on my feet|serious|end|battery)',
  'to die for(?! (?:months|weeks|days|years|a while|so long|ages|a long time))',
  'over my dead body',
  '(?:bored|scared|sick|worried|freezing) to death',
  'death of me',
  'shot myself in the foot',
  'proud of myself',
  'rather die than (?!live|keep|go on|feel|be)',
  'dying (?:my|her|his|their|your) (?:hair|clothes|shirt)',
  '(?:last|final) (?:message|post) (?:in|on|for) (?:this|the) (?:\\S+ ){0,6}?(?:because|since|as)',
  '(?:goodbye |farewell )?letter to (?:my|your) (?:old|younger|past|future|former|inner) self',
];

export const EN: Lexicon = {
  rules: [...URGENT_RULES, ...THOUGHT_RULES],
  stems: compile(
    '\\b(?:die|dying|dead|death|kill\\w*|suicid\\w*|alive|live|living|life|cut\\w*|harm\\w*|hurt\\w*|pills?|tablets?|meds|overdos\\w*|rope|hangingnoose|gun|bridge|roof|wake|burden|bye|goodbye|hopeless|exist\\w*|end it|plan|myself)\\b',
    '',
  ),
  idioms: compile(any(IDIOMS)),
  clauseBreak: compile(
    ' (?:but|though|although|however|except|yet|and now|and this time|, now|, today) ',
  ),
  negators: words('not never nor without stopped quit'),
  weakNegators: new Map([
    [
      'no',
      compile(
        '^(?:plans?|intention|intent|desire|wish|thoughts?|urges?|way|reason|longer|more)$',
        '',
      ),
    ],
  ]),
  negationWindow: 5,
  negationStop: words('and but so because cause since or then which'),
  negationCancel: compile('lying if i said|(?:can|could) not (?:stop|help)'),
  selfWords: words('i me my myself'),
  otherWords: words(
    'you your yourself he she him her his hers himself herself they them their themselves ' +
      'someone somebody anyone anybody people person who friend friends brother sister mom ' +
      'mother dad father parents son daughter kid kids child children teen teenager husband ' +
      'wife partner boyfriend girlfriend ex cousin uncle aunt grandma grandmother grandpa ' +
      'grandfather grandad nan niece nephew classmate colleague coworker student students ' +
      'client clients patient patients member members character narrator singer author man ' +
      'men woman women guy girl boy teenagers adolescents youth veterans',
  ),
  past: compile(
    any([
      'used to',
      '(?:\\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|many|several|some|a few) (?:years?|decades?) ago',
      'years ago',
      'back (?:then|in)',
      'when i was (?:a |in |at |younger|young|\\d+|little|small)',
      'in my (?:teens|twenties|thirties|forties|20s|30s|40s|youth|teen years)',
      'in (?:high school|college|school)',
      'at uni',
      'in (?:19|20)\\d\\d',
      'as a (?:teen|teenager|kid|child|student)',
      'a long time ago',
      'in the past',
    ]),
  ),
  recovery: compile(
    any([
      '(?:been|am|stayed|staying|have been) (?:clean|sober|well|stable|healthy|in recovery)',
      '(?:clean|sober|well) (?:for|since)',
      '(?:days|weeks|months|years) (?:clean|sober|free)',
      'grateful i stayed',
      'glad i (?:stayed|am still here)',
      'made it through',
      'got through it',
      'recovered',
      '(?:are|were|have) gone(?: now)?',
      'went away',
      'peer (?:facilitator|supporter|support)',
    ]),
  ),
  relapse: compile(
    any([
      '(?<!(?:good|well|better|happy|fine|okay|ok|normal|alive|myself|great|hope|smile|smiling|laugh|laughing) )again',
      'relaps\\w*',
      '(?:are|is|came|come|coming) back',
      'lately',
      'recently',
      'and now',
      'this week',
      'last night',
    ]),
  ),
  benign: compile(
    any([
      'by accident',
      'accidentally',
      'chopping',
      'cooking',
      'shaving',
      'charity',
      'donat\\w+',
      'declutter\\w*',
      'the move',
      'journaling',
      'paper cut',
      'exercise',
      'see you (?:all )?(?:next|on|at|tomorrow|soon|then|there|thursday|friday|monday|tuesday|wednesday|saturday|sunday)',
    ]),
  ),
  reported: compile(
    `(?:${any(['asked', 'asks', 'asking'])} (?:me )?(?:if|whether) .*|(?:survivor|survivors|loss|prevention|awareness) (?:of|after) (?:a |an )?|(?:difference between|definition of|meaning of|signs of|symptoms of|warning signs) .*|(?:dissertation|thesis|research|study|article|talk|workshop|course|training|paper|essay|documentary|news) (?:on|about) ${gap(2)})$`,
  ),
  selfQuote: compile(
    'i (?:said|say|told \\w+|tell \\w+|wrote|texted|typed|keep (?:saying|thinking|telling myself)|thought|think) (?:to \\w+ )?(?:, )?$',
  ),
  ownership: compile(
    'asking for (?:myself|a friend)|(?:does|do) anyone else|anyone else (?:feel|ever)',
  ),
  laughter: compile('\\blol\\b'),
};
