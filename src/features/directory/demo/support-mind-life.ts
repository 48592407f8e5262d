import type { SupportTemplate } from './templates.js';

type Topic =
  | 'anxiety'
  | 'depression'
  | 'bipolar'
  | 'trauma'
  | 'eating_disorders'
  | 'ocd'
  | 'postpartum'
  | 'divorce'
  | 'lgbtq'
  | 'veterans'
  | 'young_adults'
  | 'seniors';

/** Peer support templates: mental health, life transitions and communities. */
export const SUPPORT_MIND_AND_LIFE: Record<Topic, SupportTemplate> = {
  anxiety: {
    names: [
      'Anxiety Peer Support Group',
      'Calm Together',
      '{day} {part} Anxiety Circle',
      'Social Anxiety Meetup',
      'Worry Less Together',
      'Panic and Anxiety Support',
    ],
    summaries: [
      'A low-pressure group for people living with anxiety, panic or worry. Listening is just as welcome as talking.',
      'Share what anxiety is like for you and pick up coping ideas from people who get it.',
    ],
    about: [
      'For adults who live with anxiety in any form: generalised worry, panic attacks, social anxiety or health anxiety. A diagnosis is not needed.',
      'Walking into a room of strangers is hard when you are anxious, and everyone here knows it. Sit near the door, say nothing the first time, leave early if you need to.',
    ],
    related: ['depression'],
    optionalAudiences: ['young_adults'],
  },
  depression: {
    names: [
      'Depression Peer Support',
      'Finding Light Together',
      '{day} {part} Mood Support Group',
      'Depression and Low Mood Circle',
      'Small Steps Group',
      { text: 'Men Talking About Depression', audiences: ['men'] },
    ],
    summaries: [
      'A peer group for people living with depression or low mood, to talk openly and feel less alone.',
      'Meet others who understand how heavy depression can be, and share the small things that help.',
    ],
    about: [
      'This group is for anyone who lives with depression or long stretches of low mood, whether or not you have a diagnosis or are in treatment.',
      'Some weeks the conversation is about getting out of bed; other weeks it is about work, relationships or medication. You can bring whatever is on your mind.',
    ],
    related: ['anxiety'],
    optionalAudiences: ['men', 'women', 'seniors'],
  },
  bipolar: {
    names: [
      'Bipolar Peer Support Group',
      'Balanced Minds Circle',
      'Mood Disorders Support Group',
      '{day} {part} Bipolar Support',
      'Living Well With Bipolar',
    ],
    summaries: [
      'Peer support for people living with bipolar disorder, sharing what helps through highs, lows and everything between.',
      'A welcoming group to talk about life with bipolar disorder: routines, relationships, work and wellbeing.',
    ],
    about: [
      'For adults living with bipolar I, bipolar II or cyclothymia, at any stage since diagnosis. Family members are welcome at our open meetings.',
      'Members share what keeps them steady, from sleep routines to early-warning signs, and support each other through harder patches.',
    ],
    related: ['depression'],
  },
  trauma: {
    names: [
      'Trauma Survivors Peer Circle',
      'Healing From Trauma Together',
      'After Trauma Support Group',
      '{day} {part} Trauma Recovery Circle',
      { text: 'Women Survivors Support Group', audiences: ['women'] },
    ],
    summaries: [
      'A carefully held peer space for survivors of trauma to connect, share at their own pace and feel less alone.',
      'Support from others who understand how trauma can echo through everyday life.',
    ],
    about: [
      'This group is for adults affected by traumatic experiences, recent or long ago. You never have to describe what happened to you; we focus on the present and on what helps.',
      'We open and close each meeting with a short grounding exercise, and anyone can step out and come back whenever they need.',
    ],
    optionalAudiences: ['women', 'lgbtq'],
  },
  eating_disorders: {
    names: [
      'Eating Disorder Recovery Support',
      'Nourish Peer Circle',
      'Body Peace Support Group',
      '{day} {part} ED Recovery Group',
      {
        text: 'Family and Friends Supporting Eating Disorder Recovery',
        audiences: ['families'],
      },
    ],
    summaries: [
      'A peer group for people in recovery from an eating disorder. No numbers, no judgement, just support.',
      'Connect with others navigating eating disorder recovery in a group that keeps talk of food, weight and numbers out of the room.',
    ],
    about: [
      'For adults recovering from anorexia, bulimia, binge eating or any other eating disorder, whether or not you are in treatment.',
      'To keep the space safe, we do not discuss weights, numbers or specific behaviours. The focus is on feelings, coping and the life you are building.',
    ],
    optionalAudiences: ['young_adults', 'women'],
  },
  ocd: {
    names: [
      'OCD Peer Support Group',
      'OCD Together',
      '{day} {part} OCD Circle',
      'Living With OCD',
      'OCD and Related Conditions Group',
    ],
    summaries: [
      'A supportive group for people living with OCD to share experiences and encouragement in a space free of stigma.',
      'Talk with others who understand intrusive thoughts and compulsions, and share what helps.',
    ],
    about: [
      'This group is for adults with OCD or related conditions such as hoarding, skin picking or hair pulling. Loved ones are welcome at our monthly family meetings.',
      'OCD often comes with shame and secrecy. Here people speak about their experience plainly and find that others have faced the same things.',
    ],
    related: ['anxiety'],
  },
  postpartum: {
    names: [
      'New Parents Circle',
      'Postpartum Support Group',
      'Perinatal Mood Support',
      'Baby and Me Support Group',
      { text: '{day} {part} New Moms Group', audiences: ['women'] },
      { text: 'Dads Adjusting Together', audiences: ['men'] },
    ],
    summaries: [
      'A welcoming group for new and expecting parents to talk honestly about the big changes a baby brings. Babies are welcome.',
      'Share the joys, worries and exhaustion of early parenthood with others in the same season of life.',
    ],
    about: [
      'For parents who are pregnant or have a baby under two and are finding things harder than expected: anxious, low, overwhelmed or simply not themselves.',
      'Babes in arms are always welcome. We talk about sleep, identity, relationships and asking for help, and nobody is expected to have it all figured out.',
    ],
    audiences: ['parents'],
    optionalAudiences: ['women'],
  },
  divorce: {
    names: [
      'Divorce Recovery Group',
      'Starting Over After Separation',
      { text: 'Co-Parenting After Divorce', audiences: ['parents'] },
      '{day} {part} Divorce Support Circle',
      'Rebuilding After Divorce',
    ],
    summaries: [
      'Support for people going through separation or divorce, from the first weeks to building a new routine.',
      'A practical, friendly group to talk through the emotional and everyday changes that separation brings.',
    ],
    about: [
      'Whether your separation is new or the paperwork is long finished, this group is a place to talk about grief, anger, relief, money, housing and children.',
      'Members come from every kind of relationship and every kind of ending. The group does not give legal advice, but members often share what they wish they had known.',
    ],
    optionalAudiences: ['parents', 'women', 'men'],
  },
  lgbtq: {
    names: [
      'LGBTQ+ Peer Support Circle',
      'Queer Community Wellbeing Group',
      'Trans and Nonbinary Support Group',
      'Coming Out Support Group',
      { text: 'LGBTQ+ Over 50 Peer Group', audiences: ['seniors'] },
      '{day} {part} Pride Circle',
    ],
    summaries: [
      'An affirming peer group for LGBTQ+ people to connect, share and support each other.',
      'A welcoming space to talk about identity, relationships, family and wellbeing with other queer and trans people.',
    ],
    about: [
      'This group is for lesbian, gay, bisexual, trans, queer, questioning and nonbinary people, whatever stage you are at. Use the name and pronouns that fit you.',
      'Topics range from coming out and family to dating, faith, work and mental health. Allies are welcome at our open meetings only.',
    ],
    audiences: ['lgbtq'],
    optionalAudiences: ['young_adults'],
  },
  veterans: {
    names: [
      'Veterans Peer Circle',
      'Veterans Coffee and Conversation',
      { text: 'Military Families Support Group', audiences: ['families'] },
      { text: 'Women Veterans Group', audiences: ['women'] },
      '{day} {part} Veterans Support Group',
      'Service to Civilian Life Group',
    ],
    summaries: [
      'Peer support run by veterans for veterans: straight talk, camaraderie and help adjusting to civilian life.',
      'A relaxed group where former service members share experiences and look out for each other.',
    ],
    about: [
      'Open to veterans of every branch and era, whether you served two years or twenty. Reservists and National Guard members are welcome too.',
      'Conversations cover the transition to civilian life, work, family, sleep and the things that are easier to say to someone who has worn the uniform.',
    ],
    audiences: ['veterans'],
  },
  young_adults: {
    names: [
      'Young Adults Mental Health Circle',
      '18–30 Peer Support Group',
      '{day} {part} Young Adults Group',
      'Twenties Check-In',
      'Young Adults in Transition',
      'Campus and Beyond Peer Group',
    ],
    summaries: [
      'A peer group for people aged 18 to 30 to talk about stress, mood and the pressures of early adulthood.',
      'Meet others in their twenties who are figuring things out, and talk honestly about how you are doing.',
    ],
    about: [
      'For young adults aged 18 to 30 dealing with stress, anxiety, low mood, loneliness or big transitions such as leaving home, starting work or finishing study.',
      'The group is relaxed and informal. Facilitators are a little further along the same road and remember what it was like.',
    ],
    audiences: ['young_adults'],
  },
  seniors: {
    names: [
      'Seniors Connection Circle',
      'Later Life Peer Support',
      'Conversation Group for Older Adults',
      '{day} {part} Seniors Wellbeing Group',
      'Aging Well Together',
      'Loneliness and Connection Group',
    ],
    summaries: [
      'A friendly group for older adults to connect, share and support each other through the changes of later life.',
      'Good company and honest conversation about retirement, health, loss and staying connected.',
    ],
    about: [
      'For adults over 60 who would like more connection or are facing changes such as retirement, moving home, losing a partner or health worries.',
      'There is always tea and time to chat before we begin. Bring a friend if that makes the first visit easier.',
    ],
    audiences: ['seniors'],
  },
};
