import type { TModel } from '@/lib/orders/models'
import type { TStage } from '@/lib/orders/stages'

import type { THelpArticleText } from './help-factories'

/** A demo help article in three languages; `related` names other articles by slug. */
export type TDemoHelpArticle = {
  slug: string
  category: string
  order: number
  related?: string[]
  targetModels?: TModel[]
  targetStages?: TStage[]
  text: { en: THelpArticleText; nl: THelpArticleText; de: THelpArticleText }
}

export const DEMO_HELP_BUILD: TDemoHelpArticle[] = [
  {
    slug: 'delivery-window',
    category: 'delivery',
    order: 1,
    related: ['factory-handover', 'change-deadlines'],
    text: {
      en: {
        title: 'How your delivery window is set',
        summary:
          'Why we give a window of a few months rather than a date, and how it narrows as your car takes shape.',
        body: [
          'Every Donkervoort is built by hand, to order. When you sign your order we plan your car into the build schedule and give you an estimated delivery window of two to three months.',
          'As the build progresses the window narrows. Once your chassis is bonded and the body panels are fitted, we know the remaining steps to the week; from final assembly onwards your account manager agrees an exact handover day with you.',
          'You always see the current window on your dashboard. If anything moves it — a supplier, a change you asked for — your account manager tells you personally, before the portal does.',
        ],
      },
      nl: {
        title: 'Hoe uw leverperiode wordt bepaald',
        summary:
          'Waarom we een periode van een paar maanden noemen in plaats van een datum, en hoe die krapper wordt naarmate uw auto vorm krijgt.',
        body: [
          'Elke Donkervoort wordt met de hand en op bestelling gebouwd. Bij het tekenen van uw order plannen we uw auto in het bouwschema en noemen we een verwachte leverperiode van twee tot drie maanden.',
          'Naarmate de bouw vordert, wordt die periode krapper. Zodra uw chassis is verlijmd en de carrosseriedelen zijn gemonteerd, kennen we de resterende stappen op de week nauwkeurig; vanaf de eindassemblage spreekt uw accountmanager een vaste afleverdag met u af.',
          'De actuele periode ziet u altijd op uw dashboard. Verschuift er iets — een leverancier, een wijziging die u vroeg — dan hoort u dat eerst persoonlijk van uw accountmanager.',
        ],
      },
      de: {
        title: 'Wie Ihr Lieferzeitraum festgelegt wird',
        summary:
          'Warum wir einen Zeitraum von einigen Monaten statt eines Datums nennen und wie er sich mit dem Baufortschritt eingrenzt.',
        body: [
          'Jeder Donkervoort wird von Hand und auf Bestellung gebaut. Mit Ihrer Bestellung planen wir Ihr Fahrzeug in den Bauplan ein und nennen einen voraussichtlichen Lieferzeitraum von zwei bis drei Monaten.',
          'Mit dem Baufortschritt wird der Zeitraum enger. Sobald Ihr Chassis verklebt ist und die Karosserieteile montiert sind, kennen wir die restlichen Schritte auf die Woche genau; ab der Endmontage vereinbart Ihr Account Manager mit Ihnen einen festen Übergabetag.',
          'Den aktuellen Zeitraum sehen Sie jederzeit auf Ihrem Dashboard. Verschiebt sich etwas — ein Zulieferer, eine gewünschte Änderung —, erfahren Sie es zuerst persönlich von Ihrem Account Manager.',
        ],
      },
    },
  },
  {
    slug: 'factory-handover',
    category: 'delivery',
    order: 2,
    related: ['delivery-window', 'registration', 'running-in'],
    text: {
      en: {
        title: 'Your handover day in Lelystad',
        summary: 'What happens on the day you collect your car at the factory, and what to bring.',
        body: [
          'Most owners collect their car where it was built. Plan half a day: we walk you around the car with the technician who finished it, set the seat, pedals and belts to you, and explain every switch.',
          'When the weather allows, a member of our team joins you for a first drive on the roads around Lelystad. Guests are welcome — tell your account manager how many people you are bringing.',
          '## What to bring',
          'Your passport or identity card, your driving licence and, if the car is registered in your name already, the registration papers. Everything else is prepared by us.',
        ],
      },
      nl: {
        title: 'Uw afleverdag in Lelystad',
        summary: 'Wat er gebeurt op de dag dat u uw auto in de fabriek ophaalt, en wat u meeneemt.',
        body: [
          'De meeste rijders halen hun auto op waar hij is gebouwd. Trek er een halve dag voor uit: samen met de technicus die uw auto afbouwde lopen we de auto rond, stellen we stoel, pedalen en gordels op u af en lichten we elke schakelaar toe.',
          'Als het weer het toelaat, rijdt iemand van ons team mee voor een eerste rit over de wegen rond Lelystad. Gasten zijn welkom — laat uw accountmanager weten met hoeveel personen u komt.',
          '## Wat u meeneemt',
          'Uw paspoort of identiteitskaart, uw rijbewijs en, als de auto al op uw naam staat, het kentekenbewijs. Al het andere bereiden wij voor.',
        ],
      },
      de: {
        title: 'Ihr Übergabetag in Lelystad',
        summary: 'Was am Tag der Abholung im Werk geschieht und was Sie mitbringen sollten.',
        body: [
          'Die meisten Besitzer holen ihr Fahrzeug dort ab, wo es gebaut wurde. Planen Sie einen halben Tag ein: Mit dem Techniker, der Ihr Fahrzeug fertiggestellt hat, gehen wir um das Auto, stellen Sitz, Pedale und Gurte auf Sie ein und erklären jeden Schalter.',
          'Wenn das Wetter es erlaubt, begleitet Sie jemand aus unserem Team auf einer ersten Fahrt rund um Lelystad. Gäste sind willkommen — sagen Sie Ihrem Account Manager, mit wie vielen Personen Sie kommen.',
          '## Was Sie mitbringen',
          'Ihren Reisepass oder Personalausweis, Ihren Führerschein und, falls das Fahrzeug bereits auf Sie zugelassen ist, die Zulassungsbescheinigung. Alles andere bereiten wir vor.',
        ],
      },
    },
  },
  {
    slug: 'delivery-abroad',
    category: 'delivery',
    order: 3,
    related: ['registration', 'vat-export'],
    text: {
      en: {
        title: 'Delivery outside the Netherlands',
        summary: 'Enclosed transport to your door, and how import and registration are handled.',
        body: [
          'If you cannot come to Lelystad, we deliver your car in an enclosed transporter to your home or your dealer anywhere in Europe. A Donkervoort technician travels with it for the handover.',
          'Outside the European Union we work with specialised shippers and customs agents. Your account manager arranges the export documents with you well before the car leaves the factory.',
        ],
      },
      nl: {
        title: 'Aflevering buiten Nederland',
        summary:
          'Gesloten transport tot aan uw deur, en hoe invoer en registratie worden geregeld.',
        body: [
          'Kunt u niet naar Lelystad komen, dan brengen we uw auto in een gesloten transporter naar uw huis of uw dealer, overal in Europa. Een Donkervoort-technicus reist mee voor de aflevering.',
          'Buiten de Europese Unie werken we met gespecialiseerde vervoerders en douane-expediteurs. Uw accountmanager regelt de exportdocumenten ruim voordat de auto de fabriek verlaat.',
        ],
      },
      de: {
        title: 'Lieferung außerhalb der Niederlande',
        summary:
          'Geschlossener Transport bis vor Ihre Tür und wie Einfuhr und Zulassung geregelt werden.',
        body: [
          'Wenn Sie nicht nach Lelystad kommen können, liefern wir Ihr Fahrzeug im geschlossenen Transporter zu Ihnen nach Hause oder zu Ihrem Händler, überall in Europa. Ein Donkervoort-Techniker reist zur Übergabe mit.',
          'Außerhalb der Europäischen Union arbeiten wir mit spezialisierten Spediteuren und Zollagenten. Ihr Account Manager bereitet die Ausfuhrdokumente lange vor der Abfahrt aus dem Werk mit Ihnen vor.',
        ],
      },
    },
  },
  {
    slug: 'registration',
    category: 'delivery',
    order: 4,
    related: ['delivery-abroad', 'document-overview'],
    text: {
      en: {
        title: 'Registration and number plates',
        summary: 'Who registers the car, which papers you need and when the plates are fitted.',
        body: [
          'In the Netherlands we register the car in your name before the handover, so you can drive it home. We need a copy of your identity document and, for a company, an extract from the trade register.',
          'Elsewhere in Europe we supply the certificate of conformity and everything your local authority asks for; your dealer or a registration service completes it. Your account manager tells you which papers apply to your country.',
        ],
      },
      nl: {
        title: 'Kenteken en kentekenplaten',
        summary:
          'Wie de auto registreert, welke papieren u nodig hebt en wanneer de platen erop gaan.',
        body: [
          'In Nederland zetten we de auto vóór de aflevering op uw naam, zodat u er direct mee naar huis rijdt. Daarvoor hebben we een kopie van uw identiteitsbewijs nodig en, voor een bedrijf, een uittreksel uit het handelsregister.',
          'Elders in Europa leveren we het certificaat van overeenstemming en alles wat uw registratie-instantie vraagt; uw dealer of een registratieservice rondt het af. Uw accountmanager vertelt u welke papieren voor uw land gelden.',
        ],
      },
      de: {
        title: 'Zulassung und Kennzeichen',
        summary:
          'Wer das Fahrzeug zulässt, welche Unterlagen Sie brauchen und wann die Kennzeichen montiert werden.',
        body: [
          'In den Niederlanden lassen wir das Fahrzeug vor der Übergabe auf Sie zu, damit Sie direkt nach Hause fahren können. Dafür benötigen wir eine Kopie Ihres Ausweises und, für ein Unternehmen, einen Handelsregisterauszug.',
          'Im übrigen Europa liefern wir die Übereinstimmungsbescheinigung und alles, was Ihre Zulassungsstelle verlangt; Ihr Händler oder ein Zulassungsdienst schließt die Zulassung ab. Ihr Account Manager sagt Ihnen, welche Unterlagen für Ihr Land gelten.',
        ],
      },
    },
  },
  {
    slug: 'change-deadlines',
    category: 'configuration',
    order: 1,
    related: ['paint-colour', 'change-costs'],
    text: {
      en: {
        title: 'Until when can I change my configuration?',
        summary: 'Each part of your car has its own last moment for changes. An overview by stage.',
        body: [
          'Your configuration is not fixed all at once. Until engineering starts, almost everything can still change. During engineering the chassis, drivetrain and safety equipment are fixed; colours, leather and stitching stay open.',
          'The paint colour is fixed when the body panels go into the paint shop, early in production. Interior choices such as embroidery stay open until shortly before final assembly.',
          'Unsure whether a wish is still possible? Ask your account manager: we would rather check a wish with the workshop than say no too early.',
        ],
      },
      nl: {
        title: 'Tot wanneer kan ik mijn configuratie wijzigen?',
        summary:
          'Elk onderdeel van uw auto heeft een eigen laatste moment voor wijzigingen. Een overzicht per fase.',
        body: [
          'Uw configuratie ligt niet in één keer vast. Tot de engineering begint, kan vrijwel alles nog veranderen. Tijdens de engineering liggen chassis, aandrijflijn en veiligheidsuitrusting vast; kleuren, leer en stiksels blijven open.',
          'De lakkleur ligt vast zodra de carrosseriedelen de lakstraat in gaan, vroeg in de productie. Keuzes in het interieur, zoals borduursel, blijven open tot kort voor de eindassemblage.',
          'Twijfelt u of een wens nog kan? Vraag het uw accountmanager: we leggen een wens liever voor aan de werkplaats dan dat we te vroeg nee zeggen.',
        ],
      },
      de: {
        title: 'Bis wann kann ich meine Konfiguration ändern?',
        summary:
          'Jedes Teil Ihres Fahrzeugs hat seinen eigenen letzten Zeitpunkt für Änderungen. Ein Überblick nach Phase.',
        body: [
          'Ihre Konfiguration wird nicht auf einmal festgelegt. Bis zum Beginn des Engineerings lässt sich fast alles ändern. Während des Engineerings werden Chassis, Antriebsstrang und Sicherheitsausstattung festgelegt; Farben, Leder und Nähte bleiben offen.',
          'Die Lackfarbe steht fest, sobald die Karosserieteile in die Lackiererei gehen, früh in der Produktion. Entscheidungen im Innenraum, etwa Stickereien, bleiben bis kurz vor der Endmontage offen.',
          'Sie sind unsicher, ob ein Wunsch noch möglich ist? Fragen Sie Ihren Account Manager: Wir prüfen einen Wunsch lieber mit der Werkstatt, als zu früh nein zu sagen.',
        ],
      },
    },
  },
  {
    slug: 'paint-colour',
    category: 'configuration',
    order: 2,
    related: ['change-deadlines', 'carbon-and-paint-care'],
    text: {
      en: {
        title: 'Choosing and changing your paint colour',
        summary:
          'From exposed carbon to a colour mixed for you: how painting works and when the colour is final.',
        body: [
          'Your car can be left in exposed carbon with a gloss or satin clear coat, painted in one of our heritage colours, or painted in a colour we mix to your sample.',
          'Painting a Donkervoort takes about three weeks: each panel is primed, painted in several thin layers, clear-coated and polished by hand. A colour change is possible until the panels enter the paint shop.',
          'A colour of your own needs a physical sample — a swatch, a watch strap, a leaf. We make a test panel and send you photos before we paint the car.',
        ],
      },
      nl: {
        title: 'Uw lakkleur kiezen en wijzigen',
        summary:
          'Van zichtcarbon tot een kleur die voor u wordt gemengd: hoe het lakken gaat en wanneer de kleur vastligt.',
        body: [
          'Uw auto kan in zichtcarbon blijven met een glanzende of zijdematte blanke lak, gelakt worden in een van onze heritage-kleuren, of in een kleur die we naar uw staal mengen.',
          'Het lakken van een Donkervoort duurt ongeveer drie weken: elk paneel wordt gegrond, in meerdere dunne lagen gelakt, van blanke lak voorzien en met de hand gepolijst. Een andere kleur kiezen kan tot de panelen de lakstraat in gaan.',
          'Voor een eigen kleur hebben we een tastbaar staal nodig — een stofje, een horlogeband, een blad. We lakken eerst een proefpaneel en sturen u foto’s voordat we de auto lakken.',
        ],
      },
      de: {
        title: 'Lackfarbe wählen und ändern',
        summary:
          'Von Sichtcarbon bis zu einer für Sie gemischten Farbe: wie die Lackierung entsteht und wann die Farbe feststeht.',
        body: [
          'Ihr Fahrzeug kann in Sichtcarbon mit glänzendem oder seidenmattem Klarlack bleiben, in einer unserer Heritage-Farben lackiert werden oder in einer Farbe, die wir nach Ihrer Vorlage mischen.',
          'Die Lackierung eines Donkervoort dauert etwa drei Wochen: Jedes Teil wird grundiert, in mehreren dünnen Schichten lackiert, mit Klarlack versehen und von Hand poliert. Eine andere Farbe ist möglich, bis die Teile in die Lackiererei gehen.',
          'Für eine eigene Farbe brauchen wir eine greifbare Vorlage — ein Stoffmuster, ein Uhrenarmband, ein Blatt. Wir lackieren zuerst ein Musterteil und schicken Ihnen Fotos, bevor das Fahrzeug lackiert wird.',
        ],
      },
    },
  },
  {
    slug: 'configuration-session',
    category: 'configuration',
    order: 3,
    targetStages: ['design'],
    related: ['change-deadlines', 'factory-visit'],
    text: {
      en: {
        title: 'Your configuration session in Lelystad',
        summary:
          'While your car is in design: a day at the factory to choose materials with our designers.',
        body: [
          'While your car is in the design stage, we invite you to Lelystad for a configuration session. You sit in a car of your model, hold the leathers and fabrics, and see carbon finishes and paint samples in daylight.',
          'A designer and your account manager guide you; most sessions take three to four hours. Afterwards your choices appear in the portal, where you can check them at leisure.',
        ],
      },
      nl: {
        title: 'Uw configuratiesessie in Lelystad',
        summary:
          'Terwijl uw auto in de ontwerpfase is: een dag in de fabriek om met onze ontwerpers materialen te kiezen.',
        body: [
          'Terwijl uw auto in de ontwerpfase is, nodigen we u uit in Lelystad voor een configuratiesessie. U zit in een auto van uw model, voelt aan leer en stoffen en ziet carbonafwerkingen en lakstalen bij daglicht.',
          'Een ontwerper en uw accountmanager begeleiden u; de meeste sessies duren drie tot vier uur. Daarna staan uw keuzes in het portaal, waar u ze rustig kunt nalopen.',
        ],
      },
      de: {
        title: 'Ihre Konfigurationssitzung in Lelystad',
        summary:
          'Während Ihr Fahrzeug im Design ist: ein Tag im Werk, um mit unseren Designern Materialien zu wählen.',
        body: [
          'Während sich Ihr Fahrzeug in der Designphase befindet, laden wir Sie zu einer Konfigurationssitzung nach Lelystad ein. Sie sitzen in einem Fahrzeug Ihres Modells, fühlen Leder und Stoffe und sehen Carbon-Oberflächen und Lackmuster bei Tageslicht.',
          'Ein Designer und Ihr Account Manager begleiten Sie; die meisten Sitzungen dauern drei bis vier Stunden. Danach finden Sie Ihre Auswahl im Portal, wo Sie sie in Ruhe prüfen können.',
        ],
      },
    },
  },
  {
    slug: 'change-costs',
    category: 'configuration',
    order: 4,
    related: ['change-deadlines', 'payment-schedule', 'signing-documents'],
    text: {
      en: {
        title: 'What a change costs and how it is confirmed',
        summary: 'Every change is priced and confirmed in writing before the workshop acts on it.',
        body: [
          'When you ask for a change, your account manager checks it with the workshop and sends you a change proposal with the price difference and any effect on your delivery window.',
          'The change takes effect once you sign the proposal in the portal. The price difference is added to, or taken off, your next instalment.',
        ],
      },
      nl: {
        title: 'Wat een wijziging kost en hoe die wordt bevestigd',
        summary:
          'Elke wijziging wordt geprijsd en schriftelijk bevestigd voordat de werkplaats ermee aan de slag gaat.',
        body: [
          'Vraagt u een wijziging, dan legt uw accountmanager die voor aan de werkplaats en stuurt u een wijzigingsvoorstel met het prijsverschil en het eventuele effect op uw leverperiode.',
          'De wijziging gaat in zodra u het voorstel in het portaal ondertekent. Het prijsverschil wordt bij uw volgende termijn opgeteld of ervan afgetrokken.',
        ],
      },
      de: {
        title: 'Was eine Änderung kostet und wie sie bestätigt wird',
        summary:
          'Jede Änderung wird bepreist und schriftlich bestätigt, bevor die Werkstatt sie umsetzt.',
        body: [
          'Wenn Sie eine Änderung wünschen, prüft Ihr Account Manager sie mit der Werkstatt und sendet Ihnen ein Änderungsangebot mit dem Preisunterschied und einer etwaigen Auswirkung auf Ihren Lieferzeitraum.',
          'Die Änderung gilt, sobald Sie das Angebot im Portal unterschreiben. Der Preisunterschied wird Ihrer nächsten Rate hinzugerechnet oder davon abgezogen.',
        ],
      },
    },
  },
  {
    slug: 'payment-schedule',
    category: 'payments',
    order: 1,
    related: ['payment-methods', 'vat-export'],
    text: {
      en: {
        title: 'Your payment schedule',
        summary:
          'A deposit when you order, instalments at set moments in the build, the balance before handover.',
        body: [
          'You pay a deposit when you sign your order. Further instalments fall due at fixed moments: when engineering is complete and when your car enters final assembly. The balance is due before the handover.',
          'We send each invoice about four weeks before it is due, and your account manager reminds you personally. You will never find an unexpected amount on an invoice: changes are only charged once you have signed them.',
        ],
      },
      nl: {
        title: 'Uw betaalschema',
        summary:
          'Een aanbetaling bij de order, termijnen op vaste momenten in de bouw, het restant vóór de aflevering.',
        body: [
          'U doet een aanbetaling wanneer u uw order tekent. Verdere termijnen vallen op vaste momenten: als de engineering is afgerond en als uw auto de eindassemblage in gaat. Het restant betaalt u vóór de aflevering.',
          'We sturen elke factuur ongeveer vier weken voor de vervaldatum, en uw accountmanager herinnert u er persoonlijk aan. U vindt nooit een onverwacht bedrag op een factuur: wijzigingen rekenen we pas af als u ze hebt ondertekend.',
        ],
      },
      de: {
        title: 'Ihr Zahlungsplan',
        summary:
          'Eine Anzahlung bei Bestellung, Raten zu festen Zeitpunkten im Bau, der Restbetrag vor der Übergabe.',
        body: [
          'Mit der Unterschrift unter Ihre Bestellung leisten Sie eine Anzahlung. Weitere Zahlungen werden zu festen Zeitpunkten fällig: nach Abschluss des Engineerings und wenn Ihr Fahrzeug in die Endmontage geht. Der Restbetrag ist vor der Übergabe fällig.',
          'Jede Rechnung erhalten Sie etwa vier Wochen vor Fälligkeit, und Ihr Account Manager erinnert Sie persönlich. Auf einer Rechnung finden Sie nie einen unerwarteten Betrag: Änderungen berechnen wir erst, wenn Sie sie unterschrieben haben.',
        ],
      },
    },
  },
  {
    slug: 'payment-methods',
    category: 'payments',
    order: 2,
    related: ['payment-schedule'],
    text: {
      en: {
        title: 'How to pay an instalment',
        summary:
          'Bank transfer with the reference on your invoice; what to do if you pay from abroad.',
        body: [
          'Please pay by bank transfer to the account on the invoice and quote the invoice number as the reference, so we can match your payment at once.',
          'Paying from outside the euro area? Ask your bank to charge its costs to you (OUR), so the full amount arrives. We confirm every payment received in the portal within two working days.',
          'For security, we never change our bank details by email. If you receive a message asking you to pay to a different account, do not pay and call your account manager.',
        ],
      },
      nl: {
        title: 'Hoe u een termijn betaalt',
        summary:
          'Per bankoverschrijving met het kenmerk van uw factuur; wat u doet als u vanuit het buitenland betaalt.',
        body: [
          'Betaal per bankoverschrijving naar de rekening op de factuur en vermeld het factuurnummer als kenmerk, zodat we uw betaling direct kunnen koppelen.',
          'Betaalt u van buiten de eurozone? Vraag uw bank de kosten voor uw rekening te nemen (OUR), zodat het volledige bedrag aankomt. Elke ontvangen betaling bevestigen we binnen twee werkdagen in het portaal.',
          'Voor uw veiligheid wijzigen we onze bankgegevens nooit per e-mail. Krijgt u een bericht met het verzoek naar een andere rekening te betalen, betaal dan niet en bel uw accountmanager.',
        ],
      },
      de: {
        title: 'Wie Sie eine Rate bezahlen',
        summary:
          'Per Banküberweisung mit dem Verwendungszweck Ihrer Rechnung; was Sie bei Zahlungen aus dem Ausland beachten.',
        body: [
          'Bitte zahlen Sie per Banküberweisung auf das Konto auf der Rechnung und geben Sie die Rechnungsnummer als Verwendungszweck an, damit wir Ihre Zahlung sofort zuordnen können.',
          'Sie zahlen von außerhalb des Euroraums? Bitten Sie Ihre Bank, die Gebühren zu Ihren Lasten zu buchen (OUR), damit der volle Betrag ankommt. Jeden Zahlungseingang bestätigen wir innerhalb von zwei Werktagen im Portal.',
          'Zu Ihrer Sicherheit ändern wir unsere Bankverbindung nie per E-Mail. Erhalten Sie eine Nachricht mit der Bitte, auf ein anderes Konto zu zahlen, zahlen Sie nicht und rufen Sie Ihren Account Manager an.',
        ],
      },
    },
  },
  {
    slug: 'vat-export',
    category: 'payments',
    order: 3,
    related: ['payment-schedule', 'delivery-abroad'],
    text: {
      en: {
        title: 'VAT, export and invoices',
        summary: 'Which VAT applies to your car, and how a company or an export buyer is invoiced.',
        body: [
          'For a private buyer in the Netherlands our prices include Dutch VAT. Companies within the EU with a valid VAT number are invoiced without Dutch VAT; the VAT is then accounted for in your own country.',
          'A new car bought by a private buyer in another EU country is taxed where it is registered. Outside the EU, the car is invoiced without VAT once we hold proof of export. Your account manager prepares the right invoice with you.',
        ],
      },
      nl: {
        title: 'Btw, export en facturen',
        summary:
          'Welke btw op uw auto van toepassing is, en hoe een bedrijf of een exportkoper wordt gefactureerd.',
        body: [
          'Voor een particuliere koper in Nederland zijn onze prijzen inclusief Nederlandse btw. Bedrijven binnen de EU met een geldig btw-nummer factureren we zonder Nederlandse btw; de btw wordt dan in uw eigen land verrekend.',
          'Een nieuwe auto die een particulier in een ander EU-land koopt, wordt belast waar hij wordt geregistreerd. Buiten de EU factureren we zonder btw zodra we het bewijs van uitvoer hebben. Uw accountmanager stelt met u de juiste factuur op.',
        ],
      },
      de: {
        title: 'Mehrwertsteuer, Export und Rechnungen',
        summary:
          'Welche Mehrwertsteuer für Ihr Fahrzeug gilt und wie Unternehmen oder Exportkäufer abgerechnet werden.',
        body: [
          'Für private Käufer in den Niederlanden enthalten unsere Preise die niederländische Mehrwertsteuer. Unternehmen in der EU mit gültiger USt-IdNr. erhalten eine Rechnung ohne niederländische Mehrwertsteuer; die Steuer wird dann in Ihrem Land abgeführt.',
          'Ein Neufahrzeug, das eine Privatperson in einem anderen EU-Land kauft, wird dort besteuert, wo es zugelassen wird. Außerhalb der EU stellen wir die Rechnung ohne Mehrwertsteuer aus, sobald uns der Ausfuhrnachweis vorliegt. Ihr Account Manager erstellt mit Ihnen die richtige Rechnung.',
        ],
      },
    },
  },
]
