import type { TherapyTemplate } from './templates.js';

/**
 * Group therapy templates. Techniques follow common practice for the topic (CBT for anxiety
 * and OCD, DBT for mood swings and eating disorders, ACT for pain, EMDR-informed for trauma).
 */
export const THERAPY_TEMPLATES: TherapyTemplate[] = [
  {
    topic: 'anxiety',
    techniques: ['cbt', 'mindfulness'],
    cohortNames: [
      'CBT Skills Group for Anxiety ({weeks} weeks)',
      'Managing Worry: A CBT Group',
      'Social Anxiety CBT Group ({weeks} weeks)',
    ],
    ongoingNames: ['Anxiety Therapy Group'],
    summaries: [
      'A structured, therapist-led group where you learn and practise CBT skills for worry, panic and avoidance.',
      'Learn practical cognitive behavioural tools for anxiety alongside a small group of people working on the same things.',
    ],
    focus:
      'This group uses cognitive behavioural therapy (CBT) to look at how anxious thoughts, body sensations and avoidance keep each other going, and at small, planned ways to loosen that cycle.',
    practise: [
      'Noticing anxious thoughts and weighing them against the evidence',
      'Gradual, planned steps towards situations you have been avoiding',
      'Breathing and grounding skills for moments of high anxiety',
    ],
  },
  {
    topic: 'depression',
    techniques: ['cbt', 'mindfulness', 'interpersonal'],
    cohortNames: [
      'Mindfulness-Based Group for Low Mood ({weeks} weeks)',
      'CBT Group for Depression ({weeks} weeks)',
      'Behavioural Activation Group',
    ],
    ongoingNames: [
      'Interpersonal Therapy Group for Depression',
      'Ongoing Depression Therapy Group',
    ],
    summaries: [
      'A small therapist-led group exploring practical ways to work with low mood, one week at a time.',
      'Work with a clinician and a small group on the patterns that keep depression going.',
    ],
    focus:
      'Sessions look at the links between mood, activity, thinking and relationships. The pace is steady and realistic: nobody is expected to feel better on a schedule.',
    practise: [
      'Planning small, meaningful activities and noticing their effect',
      'Spotting unhelpful thinking patterns with curiosity rather than judgement',
      'Short mindfulness exercises to step out of rumination',
    ],
  },
  {
    topic: 'bipolar',
    related: ['depression'],
    techniques: ['dbt', 'psychoeducational'],
    cohortNames: ['DBT Skills for Mood Swings ({weeks} weeks)', 'Bipolar Wellness Skills Group'],
    ongoingNames: ['Bipolar Disorder Therapy Group'],
    summaries: [
      'A skills-focused group for adults with bipolar disorder, drawing on DBT and psychoeducation.',
      'Build a personal toolkit for mood stability with a clinician and a small group.',
    ],
    focus:
      'The group combines dialectical behaviour therapy (DBT) skills with clear information about mood episodes, routines and relapse signatures. It works best alongside your existing care.',
    practise: [
      'Tracking mood, sleep and energy to spot early-warning signs',
      'DBT emotion regulation and distress tolerance skills',
      'Building a wellness plan you can share with people you trust',
    ],
  },
  {
    topic: 'trauma',
    techniques: ['emdr', 'cbt', 'mindfulness'],
    cohortNames: [
      'Trauma Recovery Group ({weeks} weeks)',
      'EMDR-Informed Stabilisation Group',
      'Grounding and Safety Skills After Trauma',
    ],
    ongoingNames: ['Trauma Survivors Therapy Group'],
    summaries: [
      'A carefully paced group for adults affected by trauma, focused on safety, stabilisation and present-day coping.',
      'Therapist-led sessions to build grounding skills and a sense of safety after traumatic experiences.',
    ],
    focus:
      'This is a stabilisation group, informed by EMDR and trauma-focused approaches. Nobody is asked to describe their trauma in the group; the work is on safety, grounding and managing its effects today.',
    practise: [
      'Grounding and resourcing exercises',
      'Recognising triggers and widening your window of tolerance',
      'Planning for difficult days',
    ],
    optionalAudiences: ['women', 'lgbtq'],
  },
  {
    topic: 'eating_disorders',
    techniques: ['dbt', 'cbt'],
    cohortNames: [
      'DBT Skills for Eating Disorder Recovery ({weeks} weeks)',
      'Eating Disorder Recovery Skills Group',
    ],
    ongoingNames: ['Eating Disorder Recovery Process Group'],
    summaries: [
      'A therapist-led group for adults in eating disorder recovery, building DBT skills for difficult emotions and urges.',
      'Structured support for eating disorder recovery, with practical skills and a small, steady group.',
    ],
    focus:
      'Sessions teach dialectical behaviour therapy (DBT) skills for the emotions and urges that often drive eating disorder behaviours. Members need to be medically stable and connected with a treatment team.',
    practise: [
      'Mindfulness of urges without acting on them',
      'Distress tolerance skills for hard moments around meals',
      'Self-compassion and body-neutral language',
    ],
    optionalAudiences: ['young_adults', 'women'],
  },
  {
    topic: 'ocd',
    related: ['anxiety'],
    techniques: ['cbt'],
    cohortNames: ['ERP Group for OCD ({weeks} weeks)', 'OCD Skills Group'],
    ongoingNames: ['OCD Maintenance Group'],
    summaries: [
      'A structured group using exposure and response prevention, a form of CBT, to work on OCD together.',
      'Practise exposure and response prevention with the support of a therapist and others who understand OCD.',
    ],
    focus:
      'This group uses exposure and response prevention (ERP), a form of CBT. Each member builds a personal plan of gradual steps and practises them, in session and at home, with encouragement from the group.',
    practise: [
      'Building a personal ladder of exposure steps',
      'Resisting compulsions and riding out uncertainty',
      'Responding to intrusive thoughts without arguing with them',
    ],
  },
  {
    topic: 'chronic_pain',
    techniques: ['act', 'mindfulness'],
    cohortNames: ['ACT for Chronic Pain ({weeks} weeks)', 'Living Well With Pain: An ACT Group'],
    ongoingNames: ['Chronic Pain Therapy Group'],
    summaries: [
      'An acceptance and commitment therapy (ACT) group for people living with persistent pain.',
      'Explore ways to live a fuller life alongside pain, with a psychologist and a small group.',
    ],
    focus:
      'Acceptance and commitment therapy (ACT) does not try to argue pain away. Instead the group works on loosening the struggle with pain and moving towards the things that matter to you.',
    practise: [
      'Clarifying your values and setting small steps towards them',
      'Mindfulness and defusion skills for pain-related thoughts',
      'Pacing activity to avoid boom-and-bust cycles',
    ],
    optionalAudiences: ['seniors'],
  },
  {
    topic: 'grief',
    techniques: ['interpersonal', 'psychodynamic'],
    cohortNames: ['Therapy Group for Grief and Loss ({weeks} weeks)', 'Grief Therapy Group'],
    ongoingNames: ['Ongoing Bereavement Therapy Group'],
    summaries: [
      'A therapist-led group for people whose grief feels stuck or overwhelming, months or years after a death.',
      'A small, closed therapy group to explore loss in depth with a clinician and others who are grieving.',
    ],
    focus:
      'For people whose grief has stayed very intense or has become tangled with guilt, anger or isolation. The group gives time to explore the relationship with the person who died and how life has changed.',
    practise: [
      'Telling the story of your loss at your own pace',
      'Noticing how grief shows up in your relationships now',
      'Finding ways to carry the memory of the person forward',
    ],
  },
  {
    topic: 'addiction',
    related: ['drugs'],
    techniques: ['motivational', 'cbt'],
    cohortNames: ['Relapse Prevention Group ({weeks} weeks)', 'Early Recovery Skills Group'],
    ongoingNames: ['Recovery Process Group'],
    summaries: [
      'A clinician-led group for people in early recovery, building practical relapse prevention skills.',
      'Explore your goals for change and practise skills for high-risk moments in a small, confidential group.',
    ],
    focus:
      'The group draws on motivational interviewing and CBT. Members explore their own reasons for change and build a personal plan for the situations, feelings and people that make staying on track harder.',
    practise: [
      'Mapping personal triggers and high-risk situations',
      'Coping with cravings and urges',
      'Rebuilding routines and support networks',
    ],
    optionalAudiences: ['young_adults'],
  },
  {
    topic: 'alcohol',
    related: ['addiction'],
    techniques: ['motivational', 'cbt'],
    cohortNames: [
      'Changing Your Drinking: A Motivational Group ({weeks} weeks)',
      'Alcohol Recovery Skills Group',
    ],
    ongoingNames: ['Sobriety Maintenance Therapy Group'],
    summaries: [
      'A therapist-led group for people who want to stop or reduce drinking, using motivational and CBT approaches.',
      'A small group to work out what you want from your relationship with alcohol, and practise the skills to get there.',
    ],
    focus:
      'Whether your goal is to stop drinking or to drink less, the group helps you explore your reasons, notice patterns and try new approaches between sessions.',
    practise: [
      'Weighing up change using motivational conversations',
      'Planning for social situations and cravings',
      'Handling slips without giving up on your goal',
    ],
  },
  {
    topic: 'postpartum',
    techniques: ['interpersonal', 'cbt'],
    cohortNames: ['Postpartum Mood Therapy Group ({weeks} weeks)', 'New Parent Wellbeing Group'],
    ongoingNames: ['Perinatal Therapy Group'],
    summaries: [
      'A therapist-led group for parents experiencing depression or anxiety during pregnancy or after birth. Babies welcome.',
      'A small, warm group to work through the emotional changes of new parenthood with a perinatal therapist.',
    ],
    focus:
      'For parents of babies up to 12 months who are struggling with low mood, anxiety or intrusive worries. The group uses interpersonal and CBT approaches and focuses on role changes, support and self-care.',
    practise: [
      'Naming and sharing the hard parts of new parenthood',
      'Asking for and accepting support',
      'Managing anxious or intrusive thoughts',
    ],
    audiences: ['parents'],
  },
  {
    topic: 'young_adults',
    related: ['anxiety', 'depression'],
    techniques: ['dbt', 'mindfulness'],
    cohortNames: [
      'DBT Skills Group for Young Adults ({weeks} weeks)',
      'Emotion Regulation Skills Group',
    ],
    ongoingNames: ['Young Adult Process Group'],
    summaries: [
      'A DBT skills group for 18 to 25 year olds who find emotions intense and hard to manage.',
      'Learn practical DBT skills for big emotions, relationships and stress with other young adults.',
    ],
    focus:
      'Dialectical behaviour therapy (DBT) skills are taught in a classroom-style format with homework, discussion and plenty of examples from everyday young adult life.',
    practise: [
      'Mindfulness and noticing emotions early',
      'Distress tolerance skills for crisis moments',
      'Asking for what you need in relationships',
    ],
    audiences: ['young_adults'],
  },
  {
    topic: 'lgbtq',
    techniques: ['interpersonal', 'psychodynamic'],
    cohortNames: ['Coming Out and Identity Group ({weeks} weeks)'],
    ongoingNames: [
      'LGBTQ+ Therapy Group',
      'Queer Identity Process Group',
      'Trans and Nonbinary Therapy Group',
    ],
    summaries: [
      'An affirming therapy group for LGBTQ+ adults to explore identity, relationships and wellbeing.',
      'A small process group, led by an affirming therapist, where LGBTQ+ people can be fully themselves.',
    ],
    focus:
      'The group is a place to explore how identity, family, relationships and the wider world affect your wellbeing. Much of the work happens in the relationships between members, with the therapist guiding the process.',
    practise: [
      'Speaking openly about identity and relationships',
      'Noticing and changing patterns in how you connect with others',
      'Building community and chosen family',
    ],
    audiences: ['lgbtq'],
  },
  {
    topic: 'divorce',
    techniques: ['psychoeducational', 'cbt'],
    cohortNames: ['Divorce Adjustment Group ({weeks} weeks)', 'Life After Separation Group'],
    ongoingNames: ['Separation and Divorce Therapy Group'],
    summaries: [
      'A structured group to help you understand and work through the emotional side of separation or divorce.',
      'Therapist-led sessions for adults adjusting to the end of a relationship.',
    ],
    focus:
      'Each week takes a theme: grief and anger, communicating with an ex-partner, children, identity and building a new life. Sessions combine short input from the therapist with discussion.',
    practise: [
      'Understanding the emotional stages of separation',
      'Calmer communication with a former partner',
      'Rebuilding routines and a sense of self',
    ],
    optionalAudiences: ['parents'],
  },
  {
    topic: 'cancer',
    techniques: ['mindfulness', 'act'],
    cohortNames: [
      'Mindfulness for People Living With Cancer ({weeks} weeks)',
      'Coping With Cancer Group',
    ],
    ongoingNames: ['Cancer Psychotherapy Group'],
    summaries: [
      'A mindfulness-based group for people living with cancer, during or after treatment.',
      'Learn mindfulness practices to meet the stress and uncertainty of cancer, with a small group and an experienced clinician.',
    ],
    focus:
      'Sessions introduce mindfulness and acceptance practices that can be adapted to fatigue, treatment days and limited energy. Practices are short and can be done sitting or lying down.',
    practise: [
      'Short guided mindfulness practices',
      'Working with fear of recurrence and uncertainty',
      'Gentle ways to reconnect with what matters',
    ],
  },
  {
    topic: 'caregivers',
    related: ['dementia'],
    techniques: ['psychoeducational', 'mindfulness'],
    cohortNames: ['Caregiver Stress Skills Group ({weeks} weeks)', 'Caring Without Burning Out'],
    ongoingNames: ['Caregivers Therapy Group'],
    summaries: [
      'A therapist-led group for family caregivers feeling stretched thin, with practical skills and room to breathe.',
      'Build skills for the stress, guilt and grief of caregiving in a small, structured group.',
    ],
    focus:
      'The group combines information about caregiver stress with mindfulness and problem-solving skills. There is also time to talk about the feelings caring brings up.',
    practise: [
      'Recognising signs of caregiver strain',
      'Setting limits and asking for help',
      'Brief mindfulness practices that fit a busy day',
    ],
    audiences: ['families'],
  },
  {
    topic: 'family_addiction',
    related: ['addiction'],
    techniques: ['psychoeducational', 'motivational'],
    cohortNames: ['Family Skills Group for Loved Ones of People With Addiction ({weeks} weeks)'],
    ongoingNames: ['Family Recovery Therapy Group'],
    summaries: [
      'A structured group for family members of someone with an addiction, focused on communication and self-care.',
      'Learn ways to communicate, set boundaries and look after yourself when someone you love is using.',
    ],
    focus:
      'The group teaches skills for communicating with a loved one who is drinking or using drugs, rewarding positive steps and protecting your own wellbeing, whether or not they choose to change.',
    practise: [
      'Positive communication with your loved one',
      'Setting and keeping boundaries',
      'Making time for your own life and support',
    ],
    audiences: ['families'],
  },
  {
    topic: 'veterans',
    related: ['trauma'],
    techniques: ['cbt', 'emdr'],
    cohortNames: ['Veterans Trauma Skills Group ({weeks} weeks)', 'Post-Deployment Stress Group'],
    ongoingNames: ['Veterans Therapy Group'],
    summaries: [
      'A therapist-led group for veterans dealing with the after-effects of service, including stress and trauma.',
      'A structured group where veterans work on sleep, anger, stress and reconnecting with civilian life.',
    ],
    focus:
      'Led by clinicians experienced with military culture, the group uses CBT and EMDR-informed stabilisation skills. You do not need to share details of your service to take part.',
    practise: [
      'Managing stress reactions and sleep problems',
      'Working with anger and irritability',
      'Reconnecting with family and community',
    ],
    audiences: ['veterans'],
  },
];
