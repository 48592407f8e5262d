/**
 * The controlled vocabularies of the directory. Codes are stable (they appear in URLs, the API
 * and the database); labels are for people, in English and Spanish.
 */
type Labelled = { en: string; es: string };

export const TOPICS = {
  grief: { en: 'Grief and loss', es: 'Duelo y pérdida' },
  suicide_loss: { en: 'Suicide loss', es: 'Pérdida por suicidio' },
  addiction: { en: 'Addiction and recovery', es: 'Adicción y recuperación' },
  alcohol: { en: 'Alcohol', es: 'Alcohol' },
  drugs: { en: 'Drugs', es: 'Drogas' },
  family_addiction: {
    en: 'Family of people with addiction',
    es: 'Familiares de personas con adicción',
  },
  chronic_illness: { en: 'Chronic illness', es: 'Enfermedad crónica' },
  chronic_pain: { en: 'Chronic pain', es: 'Dolor crónico' },
  cancer: { en: 'Cancer', es: 'Cáncer' },
  dementia: { en: 'Dementia and caregiving', es: 'Demencia y cuidados' },
  caregivers: { en: 'Caregivers', es: 'Cuidadores' },
  anxiety: { en: 'Anxiety', es: 'Ansiedad' },
  depression: { en: 'Depression', es: 'Depresión' },
  bipolar: { en: 'Bipolar disorder', es: 'Trastorno bipolar' },
  trauma: { en: 'Trauma and PTSD', es: 'Trauma y TEPT' },
  eating_disorders: { en: 'Eating disorders', es: 'Trastornos de la conducta alimentaria' },
  ocd: { en: 'OCD', es: 'TOC' },
  postpartum: { en: 'Postpartum and parenting', es: 'Posparto y crianza' },
  divorce: { en: 'Divorce and separation', es: 'Divorcio y separación' },
  lgbtq: { en: 'LGBTQ+', es: 'LGBTQ+' },
  veterans: { en: 'Veterans', es: 'Veteranos' },
  young_adults: { en: 'Young adults', es: 'Adultos jóvenes' },
  seniors: { en: 'Seniors', es: 'Personas mayores' },
} as const satisfies Record<string, Labelled>;

export const AUDIENCES = {
  women: { en: 'Women', es: 'Mujeres' },
  men: { en: 'Men', es: 'Hombres' },
  lgbtq: { en: 'LGBTQ+', es: 'LGBTQ+' },
  young_adults: { en: 'Young adults', es: 'Adultos jóvenes' },
  teens: { en: 'Teens 13–17', es: 'Adolescentes de 13 a 17' },
  seniors: { en: 'Seniors', es: 'Personas mayores' },
  veterans: { en: 'Veterans', es: 'Veteranos' },
  parents: { en: 'Parents', es: 'Madres y padres' },
  families: { en: 'Families', es: 'Familias' },
} as const satisfies Record<string, Labelled>;

export const ACCESS_FEATURES = {
  step_free: { en: 'Step-free access', es: 'Acceso sin escalones' },
  accessible_toilet: { en: 'Accessible toilet', es: 'Baño accesible' },
  sign_language: { en: 'Sign language', es: 'Lengua de señas' },
  captions: { en: 'Captions', es: 'Subtítulos' },
  fragrance_free: { en: 'Fragrance-free', es: 'Sin fragancias' },
  hearing_loop: { en: 'Hearing loop', es: 'Bucle magnético' },
  childcare: { en: 'Childcare', es: 'Cuidado infantil' },
  parking: { en: 'Accessible parking', es: 'Estacionamiento accesible' },
} as const satisfies Record<string, Labelled>;

export const TECHNIQUES = {
  cbt: { en: 'Cognitive behavioural therapy (CBT)', es: 'Terapia cognitivo-conductual (TCC)' },
  dbt: { en: 'Dialectical behaviour therapy (DBT)', es: 'Terapia dialéctica conductual (TDC)' },
  act: {
    en: 'Acceptance and commitment therapy (ACT)',
    es: 'Terapia de aceptación y compromiso (ACT)',
  },
  psychodynamic: { en: 'Psychodynamic', es: 'Psicodinámica' },
  interpersonal: { en: 'Interpersonal', es: 'Interpersonal' },
  psychoeducational: { en: 'Psychoeducational', es: 'Psicoeducativa' },
  mindfulness: { en: 'Mindfulness-based', es: 'Basada en mindfulness' },
  emdr: { en: 'EMDR-informed', es: 'Basada en EMDR' },
  motivational: { en: 'Motivational interviewing', es: 'Entrevista motivacional' },
} as const satisfies Record<string, Labelled>;

export const LANGUAGES = {
  en: { en: 'English', es: 'Inglés' },
  es: { en: 'Spanish', es: 'Español' },
  fr: { en: 'French', es: 'Francés' },
  zh: { en: 'Chinese', es: 'Chino' },
  vi: { en: 'Vietnamese', es: 'Vietnamita' },
  ko: { en: 'Korean', es: 'Coreano' },
  ar: { en: 'Arabic', es: 'Árabe' },
  pl: { en: 'Polish', es: 'Polaco' },
  pt: { en: 'Portuguese', es: 'Portugués' },
  ru: { en: 'Russian', es: 'Ruso' },
  asl: { en: 'American Sign Language', es: 'Lengua de señas americana' },
} as const satisfies Record<string, Labelled>;

export type TopicCode = keyof typeof TOPICS;
export type AudienceCode = keyof typeof AUDIENCES;
export type AccessCode = keyof typeof ACCESS_FEATURES;
export type TechniqueCode = keyof typeof TECHNIQUES;
export type LanguageCode = keyof typeof LANGUAGES;

export const GROUP_KINDS = ['support', 'therapy'] as const;
export const MODES = ['in_person', 'online', 'hybrid'] as const;
export const STATUSES = ['active', 'temporarily_closed', 'ended'] as const;
export const POLICIES = ['drop_in', 'approval', 'application'] as const;
export const COST_KINDS = ['free', 'donation', 'fixed', 'sliding_scale'] as const;

export type GroupKind = (typeof GROUP_KINDS)[number];
export type Mode = (typeof MODES)[number];
export type Status = (typeof STATUSES)[number];
export type Policy = (typeof POLICIES)[number];
export type CostKind = (typeof COST_KINDS)[number];

export function codes<T extends Record<string, Labelled>>(vocabulary: T): (keyof T & string)[] {
  return Object.keys(vocabulary) as (keyof T & string)[];
}
