import type { THelpCategoryIcon } from '@/lib/help/categories'

type TText = { en: string; nl: string; de: string }

/** The help centre's six topics in the demo, in their order on the page. */
export const DEMO_HELP_CATEGORIES: {
  slug: string
  icon: THelpCategoryIcon
  title: TText
  description: TText
}[] = [
  {
    slug: 'delivery',
    icon: 'truck',
    title: {
      en: 'Delivery and handover',
      nl: 'Levering en aflevering',
      de: 'Lieferung und Übergabe',
    },
    description: {
      en: 'When your car is ready, how the handover works and what to arrange beforehand.',
      nl: 'Wanneer uw auto klaar is, hoe de aflevering verloopt en wat u vooraf regelt.',
      de: 'Wann Ihr Fahrzeug fertig ist, wie die Übergabe abläuft und was Sie vorab regeln.',
    },
  },
  {
    slug: 'configuration',
    icon: 'sliders',
    title: {
      en: 'Configuration changes',
      nl: 'Configuratie wijzigen',
      de: 'Konfiguration ändern',
    },
    description: {
      en: 'What you can still change while your car is being built, and until when.',
      nl: 'Wat u nog kunt wijzigen terwijl uw auto wordt gebouwd, en tot wanneer.',
      de: 'Was Sie während des Baus noch ändern können, und bis wann.',
    },
  },
  {
    slug: 'payments',
    icon: 'credit-card',
    title: { en: 'Payments', nl: 'Betalingen', de: 'Zahlungen' },
    description: {
      en: 'Your payment schedule, how to pay an instalment and your invoices.',
      nl: 'Uw betaalschema, hoe u een termijn betaalt en uw facturen.',
      de: 'Ihr Zahlungsplan, wie Sie eine Rate bezahlen und Ihre Rechnungen.',
    },
  },
  {
    slug: 'documents',
    icon: 'file-signature',
    title: {
      en: 'Documents and signing',
      nl: 'Documenten en ondertekenen',
      de: 'Dokumente und Unterschrift',
    },
    description: {
      en: 'The papers that belong to your car, and signing them securely in the portal.',
      nl: 'De papieren die bij uw auto horen, en veilig ondertekenen in het portaal.',
      de: 'Die Unterlagen zu Ihrem Fahrzeug und wie Sie sie sicher im Portal unterschreiben.',
    },
  },
  {
    slug: 'events',
    icon: 'calendar',
    title: { en: 'Events', nl: 'Evenementen', de: 'Veranstaltungen' },
    description: {
      en: 'Factory visits, track days and gatherings of Donkervoort owners.',
      nl: 'Fabrieksbezoeken, circuitdagen en bijeenkomsten van Donkervoort-rijders.',
      de: 'Werksbesuche, Tracktage und Treffen der Donkervoort-Besitzer.',
    },
  },
  {
    slug: 'care',
    icon: 'sparkles',
    title: {
      en: 'Caring for your car',
      nl: 'Onderhoud en verzorging',
      de: 'Pflege Ihres Fahrzeugs',
    },
    description: {
      en: 'Running in, cleaning carbon and paint, storage and servicing.',
      nl: 'Inrijden, carbon en lak reinigen, stalling en onderhoud.',
      de: 'Einfahren, Carbon und Lack reinigen, Einlagerung und Wartung.',
    },
  },
]
