import type { PortalMessages } from "../portal";
import { rules } from "./rules";

/** The public portal's frame and pages (English). */
export const portal: PortalMessages["portal"] = {
  localeName: "English",
  ogLocale: "en_GB",
  slim: {
    region: "Lombardy Region",
    staffArea: "Staff area",
    language: "Language",
    switchTo: "Italiano",
    switchToLabel: "Leggi questa pagina in italiano",
  },
  header: {
    kicker: "Social district",
    tagline: (comuni: number) => `Social services of the district's ${comuni} municipalities`,
    nav: "Main menu",
  },
  skipToContent: "Skip to content",
  defaultTitle: "Zona — District social plan",
  breadcrumb: "Breadcrumb",
  home: "Home",
  pages: {
    home: {
      title: "District social plan",
      description:
        "The Piano di Zona portal: social services, social allowances, open calls, access criteria and an eligibility self-check.",
    },
    plan: {
      title: "The district social plan",
      description:
        "What the Piano di Zona is, its period, how it is made and who makes it: the municipalities, the third sector, the trade unions.",
    },
    office: {
      title: "Planning office",
      description: "What the Ufficio di Piano does, its offices and reception hours.",
    },
    areas: {
      title: "Target areas and objectives",
      description:
        "The plan's areas — older people, disability, mental health, children, immigration, adults in hardship — and their objectives.",
    },
    criteria: {
      title: "Access criteria",
      description:
        "Who can apply for the district's social allowances and services: requirements generated from the rules in force.",
    },
    calls: {
      title: "Open calls",
      description: "The calls for social allowances open now, with their deadlines.",
    },
    documents: {
      title: "Official documents",
      description: "The plan, its summary, the programme agreement and the other acts.",
    },
    selfCheck: {
      title: "Check your eligibility",
      description:
        "Answer a few questions and see which measures may fit you. Your answers are not stored.",
    },
    privacy: {
      title: "Privacy and legal notes",
      description: "How the portal handles data: no tracking cookies, no answers stored.",
    },
  },
  footer: {
    contacts: "Contacts",
    links: "Links",
    legal: "Legal notes",
    privacy: "Privacy and legal notes",
    staff: "Staff area",
    poweredBy: "Portal built with Zona, free software for district social plans.",
    law: "District social plan under Law 328/2000 and Lombardy Regional Law 3/2008.",
  },
  homePage: {
    intro:
      "The Piano di Zona is how the district's municipalities plan and run their social services together. Here you find who does what, offices and hours, the criteria for allowances, vouchers and services, the open calls and the official documents.",
    checkCta: "Check your eligibility",
    callsCta: "Open calls",
    sections: "On this portal",
    openCalls: "Calls open now",
    noOpenCalls: "No call is open at the moment.",
    allCalls: "All open calls",
    contactTitle: "Need help?",
    contact:
      "Contact the social service of your municipality or a desk of the planning office: they will help you apply.",
    officesLink: "Offices and hours",
    sectionText: {
      plan: "What it is, its period, the municipalities and the other actors.",
      office: "What it does, its offices and reception hours.",
      areas: "The target areas and their objectives.",
      criteria: "Requirements for allowances and services, from the rules in force.",
      calls: "The open calls and their deadlines.",
      documents: "The plan, its summary, agreements and protocols.",
      selfCheck: "A few questions to see what you may be entitled to.",
    },
  },
  calls: {
    deadline: (date: string) => `Deadline: ${date}`,
    daysLeft: (n: number) => (n === 0 ? "closes today" : n === 1 ? "1 day left" : `${n} days left`),
    window: (from: string, to: string) => `Applications from ${from} to ${to}`,
    period: (from: string, to: string) => `Benefit period: from ${from} to ${to}`,
    amount: (amount: string) => `Amount: ${amount} a month`,
    months: (n: number) => `for ${n} ${n === 1 ? "month" : "months"}`,
    hours: (n: string) => `${n} hours of service a month`,
    tiersTitle: "Amount by ISEE band",
    allocation: {
      ordine_arrivo: "Funds allocated in order of application, until they run out.",
      graduatoria: "Funds allocated by a points ranking.",
    },
    measure: (nome: string) => `Measure: ${nome}`,
    howToApply:
      "You apply through the social worker of your municipality of residence, who checks the requirements.",
    criteriaLink: "Full requirements",
    empty: "No call is open at the moment. Check again later or ask your municipality.",
  },
  criteria: {
    intro:
      "The requirements below are written automatically from the rules Zona applies to applications: they are the same the planning office uses to decide.",
    titoli: "Social allowances: buoni and vouchers",
    titoliIntro:
      "A buono sociale is money paid to the family; a voucher sociale buys care services from accredited providers.",
    servizi: "Services",
    serviziIntro: "Services start after the social worker's assessment, with an individual plan.",
    kind: "Kind",
    area: "Area",
    means: {
      1: "Requires an ISEE (means-test certificate).",
      2: "Requires a means test other than the ISEE.",
      3: "No ISEE required for this measure.",
      4: "No means test.",
    },
    monthly: (amount: string) => `Up to ${amount} a month`,
    maxMonths: (n: number) => `for at most ${n} ${n === 1 ? "month" : "months"}`,
    openCall: (titolo: string, date: string) => `Open call: “${titolo}”, deadline ${date}`,
    whoCanApply: "Who can apply",
    noRules: "No specific requirement: every application is admissible.",
    scoring: "How points are given",
    tieBreak: "With equal points, the lower ISEE comes first, then the earlier application.",
    copayment: "Co-payment",
    noCall:
      "No open call: access is through the social service of your municipality, after a needs assessment.",
    empty: "No measure in this section.",
  },
  plan: {
    whatTitle: "What it is",
    what: [
      "With Law 328 of November 2000, the framework law on the integrated system of social services, the municipalities of a district plan and run their social functions together. Their tool is the Piano di Zona (district social plan).",
      "The plan sets the social objectives and interventions for the whole population of the area, joining the policies for older people, people with disabilities, children and families with the district's planning. In Lombardy it is integrated with health and social-health services (Regional Law 3/2008).",
      "The district thus becomes the level of government of social policy: planning, running services, monitoring and evaluation happen across municipalities, instead of in scattered local measures.",
    ],
    periodTitle: "Its period",
    period:
      "The plan runs for three years. The plan for 2006–2008 was signed on 14 December 2005 by the municipalities of the Pavia social district, building on the previous three years.",
    iterTitle: "How it is made",
    iter: [
      "Needs analysis with the people who work with citizens every day.",
      "Consultation with the third sector and the trade unions.",
      "Approval by the Mayors' Assembly and signature of the programme agreement.",
      "Implementation by the planning office, with yearly monitoring and evaluation.",
    ],
    actorsTitle: "The actors",
    comuniTitle: "The district's municipalities",
    comuniIntro: (n: number, ente: string) =>
      `The district's ${n} municipalities run their social functions jointly through the ${ente}.`,
    capofila: "lead municipality",
    population: (n: string) => `${n} inhabitants (2011 census)`,
    terzoTitle: "The third sector",
    terzo:
      "Social cooperatives and voluntary associations take part in planning and, as accredited providers, deliver many services: home care, day centres, educational support.",
    sindacatiTitle: "The trade unions",
    sindacati:
      "The trade unions sign a memorandum of understanding with the district on social planning and follow its implementation.",
  },
  office: {
    intro:
      "The Ufficio di Piano is the district's technical office: it coordinates the plan, runs the calls for social allowances, examines applications, keeps the budget and reports to the Region and to INPS.",
    officesTitle: "Offices and reception hours",
    address: "Address",
    phone: "Phone",
    email: "Email",
    hours: "Reception hours",
    noHours: "By appointment.",
    day: "Day",
    time: "Hours",
    updated: (date: string) => `Updated on ${date}`,
    empty: "The offices have not been published yet.",
    days: ["", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"],
    slot: (from: string, to: string) => `${from}–${to}`,
  },
  areas: {
    intro:
      "Every intervention of the plan belongs to an area. For each, the plan's objectives and the measures in the current catalogue.",
    objectives: "Objectives",
    measures: "Measures in the catalogue",
    noMeasures: "No specific measure in the catalogue: ask your municipality's social service.",
    transversalTitle: "Cross-cutting objectives",
  },
  documents: {
    intro: "The official acts of the district social plan, as PDF files (in Italian).",
    date: (date: string) => `Act of ${date}`,
    download: (title: string, size: string) => `Download “${title}” (PDF, ${size})`,
    empty: "No document published.",
  },
  privacy: {
    sections: [
      {
        title: "No personal data collected",
        text: "The public portal needs no login and uses no tracking cookies or third-party analytics.",
      },
      {
        title: "The eligibility check stores nothing",
        text: "Your answers to the eligibility check are only used to compute the result shown on the page: they are not stored, logged or sent to anyone, and they never appear in the page's address.",
      },
      {
        title: "Staff area",
        text: "The staff area processes personal data of the people the social services support, under the GDPR and the Italian data protection code; every access is logged.",
      },
    ],
  },
  labels: {
    areas: {
      anziani: "Older people",
      disabili: "Disability",
      salute_mentale: "Mental health",
      minori: "Children and families",
      immigrazione: "Immigration",
      adulti_difficolta: "Adults in hardship",
    },
    kinds: { buono: "Social allowance (buono)", voucher: "Social voucher", servizio: "Service" },
    iseeKinds: {
      ordinario: "standard",
      minorenni: "for minors",
      sociosanitario: "social-health",
      sociosanitario_residenze: "social-health for care homes",
      universita: "university",
      corrente: "current",
    },
    disabilities: {
      invalidita_75: "civil disability ≥ 75%",
      invalidita_100_accompagnamento: "civil disability 100% with attendance allowance",
      invalidita_100: "civil disability 100%",
      npi: "child neuropsychiatry certificate (NPI)",
      l104_art3c1: "Law 104/1992 art. 3(1)",
      l104_art3c3: "Law 104/1992 art. 3(3) (severe disability)",
      l104_art12: "Law 104/1992 art. 12",
      l104_art13: "Law 104/1992 art. 13",
      indennita_accompagnamento: "attendance allowance (indennità di accompagnamento)",
    },
    rules,
  },
};
