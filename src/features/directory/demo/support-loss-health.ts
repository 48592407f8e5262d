import type { SupportTemplate } from './templates.js';

type Topic =
  | 'grief'
  | 'suicide_loss'
  | 'addiction'
  | 'alcohol'
  | 'drugs'
  | 'family_addiction'
  | 'chronic_illness'
  | 'chronic_pain'
  | 'cancer'
  | 'dementia'
  | 'caregivers';

/** Peer support templates: bereavement, addiction and recovery, physical health, caring. */
export const SUPPORT_LOSS_AND_HEALTH: Record<Topic, SupportTemplate> = {
  grief: {
    names: [
      '{day} {part} Grief Circle',
      'Healing After Loss',
      { text: 'Widowed Parents Together', audiences: ['parents'] },
      'Walking Through Grief',
      'Companions in Grief',
      'Grief and Remembrance Circle',
      { text: "Men's Grief Group", audiences: ['men'] },
      '{city} Bereavement Support Group',
    ],
    summaries: [
      'A gentle, confidential circle for adults grieving the death of someone close. Come to talk or simply to listen.',
      'Share memories, hard days and small steps forward with others who know what loss feels like.',
      'For anyone mourning a partner, parent, child, friend or other loved one, however long ago the death was.',
    ],
    about: [
      'This group is for adults grieving the death of someone they love, whether the loss was last month or years ago. Every kind of loss is welcome, and there is no right way or timeline to grieve.',
      'Grief can feel lonely even among family and friends. Here you can talk about the person who died, the practical changes and the feelings that catch you off guard, with people who have been there too.',
    ],
    events: ['Holiday Grief Gathering', 'A Time of Remembrance', 'Grief Support Open Meeting'],
    optionalAudiences: ['seniors', 'women', 'men'],
  },
  suicide_loss: {
    names: [
      'Survivors of Suicide Loss Group',
      'Hope After Suicide Loss',
      'Loss Survivors {part} Circle',
      'Healing Together After Suicide',
      '{day} Suicide Loss Support',
    ],
    summaries: [
      'A safe, confidential space for people who have lost someone to suicide to share, listen and be heard without judgement.',
      'For family and friends bereaved by suicide, facilitated by people who have lived through the same kind of loss.',
    ],
    about: [
      'Losing someone to suicide brings a grief often tangled up with questions, guilt and silence. This group is for anyone bereaved by suicide: partners, parents, children, siblings, friends and colleagues.',
      'Our facilitators are loss survivors themselves. We talk honestly and at your pace, and nobody is asked for details they are not ready to share.',
    ],
    events: ['Survivors of Suicide Loss Day Gathering'],
    related: ['grief'],
    optionalAudiences: ['parents'],
  },
  addiction: {
    names: [
      'Recovery Circle',
      '{day} {part} Recovery Meeting',
      'One Day at a Time Peer Group',
      'Pathways in Recovery',
      'Fresh Start Recovery Group',
      'Recovery Together {city}',
    ],
    summaries: [
      'A welcoming peer meeting for people in recovery from any addiction, whether this is day one or year ten.',
      'Honest conversation and mutual support for staying on the path you have chosen. No lectures.',
    ],
    about: [
      'This meeting welcomes anyone affected by their own substance use or other addictive behaviour, at any stage of recovery. You do not have to be sober today to come.',
      'We follow no single program. Members share what is working for them, from mutual aid and treatment to faith and harm reduction, and respect each other’s paths.',
    ],
    events: ['Recovery Community Open House'],
    related: ['alcohol', 'drugs'],
    optionalAudiences: ['young_adults', 'women', 'men'],
  },
  alcohol: {
    names: [
      'Sober Living Circle',
      '{day} {part} Sobriety Group',
      'Alcohol-Free Together',
      'Sober Curious Meetup',
      'Staying Sober Peer Group',
      'Rethinking Drinking Circle',
    ],
    summaries: [
      'A friendly peer group for people who want to stop or cut back on drinking, and for those already living alcohol-free.',
      'Swap practical strategies and encouragement with others changing their relationship with alcohol.',
    ],
    about: [
      'Whether you have been sober for years, are just starting to question your drinking or are somewhere in between, you are welcome. No labels required.',
      'Members talk about cravings, social pressure, setbacks and the good parts of an alcohol-free life, and support each other between meetings if they wish.',
    ],
    related: ['addiction'],
    optionalAudiences: ['women', 'young_adults'],
  },
  drugs: {
    names: [
      'Recovery From Drug Use Peer Group',
      '{day} {part} New Roads Group',
      'Harm Reduction Peer Circle',
      'Opioid Recovery Support Group',
      'Stimulant Recovery Circle',
    ],
    summaries: [
      'Peer support for people recovering from drug use, including opioids and stimulants. Come as you are.',
      'A nonjudgemental group where people who use or have used drugs share experience, resources and encouragement.',
    ],
    about: [
      'This group is for people whose lives have been affected by their own drug use, whatever their goal: stopping, cutting down or staying safer.',
      'We meet people where they are. Members share what has helped, including treatment, medication and peer support, without judging anyone’s choices.',
    ],
    related: ['addiction'],
    optionalAudiences: ['young_adults'],
  },
  family_addiction: {
    names: [
      'Families in Recovery',
      { text: 'Parents of Adult Children With Addiction', audiences: ['parents'] },
      'Loving Someone With an Addiction',
      '{day} {part} Family Support Group',
      'Hope for Families Circle',
    ],
    summaries: [
      'For parents, partners and relatives of someone living with addiction: understanding, and practical ideas for looking after yourself.',
      'When someone you love is struggling with alcohol or drugs, you do not have to cope alone.',
    ],
    about: [
      'When someone you love is struggling with alcohol or drugs, the whole family feels it. This group is for parents, partners, siblings, grown children and friends, whether or not your loved one is in recovery.',
      'Members talk about worry, boundaries, hope and exhaustion, and about keeping their own lives going while caring about someone else’s.',
    ],
    related: ['addiction'],
    audiences: ['families'],
  },
  chronic_illness: {
    names: [
      'Living Well With Chronic Illness',
      'Chronic Illness Peer Circle',
      'Invisible Illness Support Group',
      '{day} {part} Long-Term Conditions Group',
      { text: 'Young Adults With Chronic Illness', audiences: ['young_adults'] },
    ],
    summaries: [
      'Connect with others managing long-term health conditions and share what makes daily life a little easier.',
      'A relaxed peer group for people living with ongoing illness, visible or not.',
    ],
    about: [
      'For adults living with long-term conditions such as lupus, MS, diabetes, long COVID, Crohn’s or heart disease. Diagnoses vary; what we share is the daily juggling of appointments, energy and other people’s expectations.',
      'Some days you need to vent, other days you want ideas for pacing, work or talking to your doctor. Both are welcome here.',
    ],
    related: ['chronic_pain'],
  },
  chronic_pain: {
    names: [
      'Chronic Pain Peer Support',
      'Living With Pain Circle',
      '{day} {part} Chronic Pain Group',
      'Pacing and Coping Circle',
      'Beyond the Pain Support Group',
    ],
    summaries: [
      'A supportive group for people living with persistent pain to share experiences and ways of coping.',
      'Talk openly about living with long-term pain with others who understand, and swap ideas for pacing and rest.',
    ],
    about: [
      'Living with persistent pain affects sleep, work, relationships and mood. This group is a place to talk about all of it with people who understand.',
      'We do not give medical advice. Members swap ideas for pacing, gentle movement and explaining pain to others, and keep talking with their own clinicians.',
    ],
    related: ['chronic_illness'],
    optionalAudiences: ['seniors'],
  },
  cancer: {
    names: [
      'Cancer Support Circle',
      'Living With Cancer Group',
      'Cancer Survivors Together',
      { text: 'Young Adults Facing Cancer', audiences: ['young_adults'] },
      { text: 'Breast Cancer Peer Support', audiences: ['women'] },
      { text: 'Caring for Someone With Cancer', topics: ['caregivers'] },
    ],
    summaries: [
      'A warm, informal group for people living with cancer, in treatment or beyond, to share experiences and encouragement.',
      'Meet others who understand the ups and downs of diagnosis, treatment and life afterwards.',
    ],
    about: [
      'This group welcomes people with any type of cancer, at any stage: newly diagnosed, in treatment, finished treatment or living with cancer long term.',
      'Conversations range from scans and side effects to work, family and what comes next. Partners and close family are welcome at some meetings; just ask.',
    ],
    related: ['chronic_illness'],
  },
  dementia: {
    names: [
      'Dementia Caregivers Circle',
      'Memory Care Family Support',
      'Caring for a Loved One With Dementia',
      '{day} {part} Dementia Carers Group',
      "Alzheimer's Caregiver Support Group",
      { text: 'Living With Memory Loss', audiences: ['seniors'] },
    ],
    summaries: [
      'Support and practical tips for family members caring for someone with Alzheimer’s or another dementia.',
      'A friendly circle where dementia carers can share the hard parts, the funny moments and what is working.',
    ],
    about: [
      'This group is for spouses, adult children, friends and anyone else caring for a person living with dementia, at home or in residential care.',
      'Members trade practical tips on daily routines, services and paperwork, and make room for the grief and tiredness that caring can bring.',
    ],
    related: ['caregivers'],
    audiences: ['families'],
  },
  caregivers: {
    names: [
      'Caregivers Circle',
      'Care for the Caregiver',
      'Family Caregivers Support Group',
      'Caregivers Coffee Hour',
      'Sandwich Generation Support Group',
      { text: 'Parents of Children With Disabilities', audiences: ['parents'] },
      '{day} {part} Caregivers Group',
    ],
    summaries: [
      'A place to pause, be heard and swap ideas with others caring for a family member or friend.',
      'For unpaid caregivers of all kinds: a break, a cup of tea and people who understand.',
    ],
    about: [
      'Whether you care for a partner, parent, child or friend, full time or alongside work, this group is for you. Caring can be rewarding and isolating at the same time.',
      'We talk about respite, benefits and services, family tensions and looking after your own health, and sometimes we just laugh.',
    ],
    optionalAudiences: ['parents', 'families', 'seniors'],
  },
};
