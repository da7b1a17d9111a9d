import type { TDemoHelpArticle } from './demo-help-articles-build'

export const DEMO_HELP_OWNING: TDemoHelpArticle[] = [
  {
    slug: 'signing-documents',
    category: 'documents',
    order: 1,
    related: ['document-overview', 'change-costs'],
    text: {
      en: {
        title: 'Signing documents in the portal',
        summary:
          'Orders, change proposals and the handover protocol are signed here, securely and in a few minutes.',
        body: [
          'When a document is ready for you, it appears under your next actions on the dashboard. Open it, read it in full, and sign with your name. Before you sign we ask you to confirm it is you with your authenticator app or passkey.',
          'Every signed document is sealed: a copy with the signature and the time of signing is stored with your car and can be downloaded at any time. Nobody — not even we — can change a signed document afterwards.',
        ],
      },
      nl: {
        title: 'Documenten ondertekenen in het portaal',
        summary:
          'Orders, wijzigingsvoorstellen en het afleverprotocol ondertekent u hier, veilig en in een paar minuten.',
        body: [
          'Staat er een document voor u klaar, dan ziet u het bij uw volgende acties op het dashboard. Open het, lees het helemaal en onderteken met uw naam. Voordat u tekent, vragen we u met uw authenticator-app of passkey te bevestigen dat u het bent.',
          'Elk ondertekend document wordt verzegeld: een kopie met de handtekening en het tijdstip van ondertekenen wordt bij uw auto bewaard en is altijd te downloaden. Niemand — ook wij niet — kan een ondertekend document achteraf wijzigen.',
        ],
      },
      de: {
        title: 'Dokumente im Portal unterschreiben',
        summary:
          'Bestellungen, Änderungsangebote und das Übergabeprotokoll unterschreiben Sie hier, sicher und in wenigen Minuten.',
        body: [
          'Liegt ein Dokument für Sie bereit, sehen Sie es bei Ihren nächsten Schritten auf dem Dashboard. Öffnen Sie es, lesen Sie es vollständig und unterschreiben Sie mit Ihrem Namen. Vor der Unterschrift bitten wir Sie, sich mit Ihrer Authenticator-App oder Ihrem Passkey zu bestätigen.',
          'Jedes unterschriebene Dokument wird versiegelt: Eine Kopie mit Unterschrift und Zeitpunkt wird bei Ihrem Fahrzeug aufbewahrt und kann jederzeit heruntergeladen werden. Niemand — auch wir nicht — kann ein unterschriebenes Dokument nachträglich ändern.',
        ],
      },
    },
  },
  {
    slug: 'document-overview',
    category: 'documents',
    order: 2,
    related: ['signing-documents', 'registration'],
    text: {
      en: {
        title: 'Which documents you will receive',
        summary:
          'From the order confirmation to the build book: the papers that belong to your car.',
        body: [
          'During the build you receive the order confirmation, any change proposals you signed, and the invoices for each instalment. At the handover follow the certificate of conformity, the warranty terms and the owner’s manual.',
          'Every car also receives its own build book: photographs and notes from each stage in the workshop, signed by the technicians who built it. It is part of your car’s history — keep it with the car.',
        ],
      },
      nl: {
        title: 'Welke documenten u ontvangt',
        summary: 'Van de orderbevestiging tot het bouwboek: de papieren die bij uw auto horen.',
        body: [
          'Tijdens de bouw ontvangt u de orderbevestiging, de wijzigingsvoorstellen die u ondertekende en de facturen van elke termijn. Bij de aflevering volgen het certificaat van overeenstemming, de garantievoorwaarden en het instructieboek.',
          'Elke auto krijgt daarnaast een eigen bouwboek: foto’s en aantekeningen uit elke fase in de werkplaats, ondertekend door de technici die hem bouwden. Het hoort bij de geschiedenis van uw auto — bewaar het bij de auto.',
        ],
      },
      de: {
        title: 'Welche Dokumente Sie erhalten',
        summary:
          'Von der Auftragsbestätigung bis zum Baubuch: die Unterlagen, die zu Ihrem Fahrzeug gehören.',
        body: [
          'Während des Baus erhalten Sie die Auftragsbestätigung, die unterschriebenen Änderungsangebote und die Rechnungen jeder Rate. Bei der Übergabe folgen die Übereinstimmungsbescheinigung, die Garantiebedingungen und die Betriebsanleitung.',
          'Jedes Fahrzeug erhält außerdem ein eigenes Baubuch: Fotos und Notizen aus jeder Phase in der Werkstatt, unterschrieben von den Technikern, die es gebaut haben. Es gehört zur Geschichte Ihres Fahrzeugs — bewahren Sie es beim Fahrzeug auf.',
        ],
      },
    },
  },
  {
    slug: 'insurance',
    category: 'documents',
    order: 3,
    related: ['document-overview', 'factory-handover'],
    text: {
      en: {
        title: 'Insuring your car from the first kilometre',
        summary:
          'Arrange insurance before the handover; we provide the valuation and chassis number your insurer needs.',
        body: [
          'Your car must be insured from the moment it is registered in your name. Most insurers want the chassis number, the agreed value and a description of the security equipment; we send you these as soon as the chassis number is assigned.',
          'Specialist insurers for exclusive cars often offer agreed-value cover and track-day extensions. Your account manager can name insurers other owners in your country work with.',
        ],
      },
      nl: {
        title: 'Uw auto verzekeren vanaf de eerste kilometer',
        summary:
          'Regel de verzekering vóór de aflevering; wij leveren de taxatie en het chassisnummer die uw verzekeraar vraagt.',
        body: [
          'Uw auto moet verzekerd zijn vanaf het moment dat hij op uw naam staat. De meeste verzekeraars vragen het chassisnummer, de overeengekomen waarde en een beschrijving van de beveiliging; die sturen we u zodra het chassisnummer is toegekend.',
          'Gespecialiseerde verzekeraars voor exclusieve auto’s bieden vaak dekking op basis van een vaste waarde en uitbreidingen voor circuitdagen. Uw accountmanager noemt u graag verzekeraars waarmee andere rijders in uw land werken.',
        ],
      },
      de: {
        title: 'Ihr Fahrzeug ab dem ersten Kilometer versichern',
        summary:
          'Schließen Sie die Versicherung vor der Übergabe ab; wir liefern Wertgutachten und Fahrgestellnummer für Ihren Versicherer.',
        body: [
          'Ihr Fahrzeug muss ab dem Moment der Zulassung auf Sie versichert sein. Die meisten Versicherer verlangen die Fahrgestellnummer, den vereinbarten Wert und eine Beschreibung der Sicherheitsausstattung; diese senden wir Ihnen, sobald die Fahrgestellnummer vergeben ist.',
          'Spezialversicherer für exklusive Fahrzeuge bieten oft eine Deckung zum vereinbarten Wert und Erweiterungen für Tracktage. Ihr Account Manager nennt Ihnen gern Versicherer, mit denen andere Besitzer in Ihrem Land arbeiten.',
        ],
      },
    },
  },
  {
    slug: 'factory-visit',
    category: 'events',
    order: 1,
    related: ['configuration-session', 'track-days'],
    text: {
      en: {
        title: 'Visiting the factory during the build',
        summary:
          'See your own car in the workshop: how to arrange a visit and what you will see at each stage.',
        body: [
          'You are welcome to see your car being built. Ask your account manager for a visit; we plan it on a day when the work on your car is worth seeing — the bonded chassis, the first fitting of the body, the engine going in.',
          'Visits take about two hours and end with coffee in the design studio. For safety, the workshop is visited in closed shoes and with a member of our team.',
        ],
      },
      nl: {
        title: 'De fabriek bezoeken tijdens de bouw',
        summary:
          'Zie uw eigen auto in de werkplaats: hoe u een bezoek plant en wat u in elke fase ziet.',
        body: [
          'U bent van harte welkom om de bouw van uw auto te zien. Vraag uw accountmanager om een bezoek; we plannen het op een dag dat het werk aan uw auto de moeite waard is — het verlijmde chassis, de eerste pasbeurt van de carrosserie, de motor die erin gaat.',
          'Een bezoek duurt ongeveer twee uur en eindigt met koffie in de ontwerpstudio. Voor de veiligheid bezoekt u de werkplaats met dichte schoenen en onder begeleiding van iemand van ons team.',
        ],
      },
      de: {
        title: 'Das Werk während des Baus besuchen',
        summary:
          'Sehen Sie Ihr eigenes Fahrzeug in der Werkstatt: wie Sie einen Besuch planen und was Sie in jeder Phase sehen.',
        body: [
          'Sie sind herzlich eingeladen, den Bau Ihres Fahrzeugs zu sehen. Bitten Sie Ihren Account Manager um einen Besuch; wir planen ihn an einem Tag, an dem die Arbeit an Ihrem Fahrzeug sehenswert ist — das verklebte Chassis, die erste Anprobe der Karosserie, der Einbau des Motors.',
          'Ein Besuch dauert etwa zwei Stunden und endet mit Kaffee im Designstudio. Aus Sicherheitsgründen besuchen Sie die Werkstatt in geschlossenen Schuhen und in Begleitung unseres Teams.',
        ],
      },
    },
  },
  {
    slug: 'track-days',
    category: 'events',
    order: 2,
    related: ['owners-events', 'running-in'],
    text: {
      en: {
        title: 'Donkervoort track days',
        summary:
          'Drive your car as it was meant to be driven, with our instructors, on circuits across Europe.',
        body: [
          'Several times a year we reserve a circuit — Zandvoort, Spa-Francorchamps, the Nürburgring — for Donkervoort owners. Our instructors ride along, and our technicians check tyre pressures and brakes between sessions.',
          'New owners start with a morning of instruction before driving on their own. Invitations appear in the portal and by email; places are limited so that everyone has room on track.',
        ],
      },
      nl: {
        title: 'Donkervoort circuitdagen',
        summary:
          'Rijd uw auto zoals hij bedoeld is, met onze instructeurs, op circuits in heel Europa.',
        body: [
          'Meerdere keren per jaar reserveren we een circuit — Zandvoort, Spa-Francorchamps, de Nürburgring — voor Donkervoort-rijders. Onze instructeurs rijden mee, en onze technici controleren tussen de sessies bandenspanning en remmen.',
          'Nieuwe rijders beginnen met een ochtend instructie voordat ze zelfstandig rijden. Uitnodigingen verschijnen in het portaal en per e-mail; het aantal plaatsen is beperkt, zodat iedereen ruimte heeft op de baan.',
        ],
      },
      de: {
        title: 'Donkervoort Tracktage',
        summary:
          'Fahren Sie Ihr Fahrzeug, wie es gemeint ist — mit unseren Instruktoren, auf Rennstrecken in ganz Europa.',
        body: [
          'Mehrmals im Jahr reservieren wir eine Rennstrecke — Zandvoort, Spa-Francorchamps, den Nürburgring — für Donkervoort-Besitzer. Unsere Instruktoren fahren mit, und unsere Techniker prüfen zwischen den Turns Reifendruck und Bremsen.',
          'Neue Besitzer beginnen mit einem Vormittag Instruktion, bevor sie selbstständig fahren. Einladungen erscheinen im Portal und per E-Mail; die Plätze sind begrenzt, damit jeder Raum auf der Strecke hat.',
        ],
      },
    },
  },
  {
    slug: 'owners-events',
    category: 'events',
    order: 3,
    related: ['track-days', 'factory-visit'],
    text: {
      en: {
        title: 'Owners’ tours and gatherings',
        summary:
          'Drives through the Alps, the annual owners’ weekend in Lelystad, and how to join.',
        body: [
          'Every summer owners meet for a weekend in Lelystad, with drives on the dykes of Flevoland and an evening in the factory. We also organise tours on the best roads of Europe, from the Eifel to the Alpine passes.',
          'You can join from the moment you order: many owners-to-be come along as passengers and meet the people they will later drive with.',
        ],
      },
      nl: {
        title: 'Toertochten en bijeenkomsten voor rijders',
        summary:
          'Ritten door de Alpen, het jaarlijkse rijdersweekend in Lelystad, en hoe u meedoet.',
        body: [
          'Elke zomer komen rijders een weekend samen in Lelystad, met ritten over de dijken van Flevoland en een avond in de fabriek. We organiseren ook toertochten over de mooiste wegen van Europa, van de Eifel tot de Alpenpassen.',
          'U kunt meedoen vanaf het moment dat u bestelt: veel toekomstige rijders gaan mee als passagier en leren zo de mensen kennen met wie ze later zelf rijden.',
        ],
      },
      de: {
        title: 'Touren und Treffen der Besitzer',
        summary:
          'Fahrten durch die Alpen, das jährliche Besitzerwochenende in Lelystad und wie Sie dabei sind.',
        body: [
          'Jeden Sommer treffen sich Besitzer zu einem Wochenende in Lelystad, mit Fahrten über die Deiche Flevolands und einem Abend im Werk. Außerdem organisieren wir Touren über die schönsten Straßen Europas, von der Eifel bis zu den Alpenpässen.',
          'Sie können ab Ihrer Bestellung dabei sein: Viele künftige Besitzer fahren als Beifahrer mit und lernen so die Menschen kennen, mit denen sie später selbst fahren.',
        ],
      },
    },
  },
  {
    slug: 'running-in',
    category: 'care',
    order: 1,
    targetStages: ['final-assembly', 'delivery'],
    related: ['first-service-jd70', 'carbon-and-paint-care'],
    text: {
      en: {
        title: 'Running in: the first 1,000 kilometres',
        summary:
          'How to treat engine, brakes and tyres in the first weeks, so your car gives its best for years.',
        body: [
          'For the first 1,000 km, vary engine speed and keep below 5,000 rpm; avoid full throttle and long stretches at a constant speed. Let the engine warm up before you use its power.',
          'New brake pads and discs need a few hundred kilometres of moderate braking to bed in, and new tyres have less grip until their surface has worn in. After running in, we check the car at its first service.',
        ],
      },
      nl: {
        title: 'Inrijden: de eerste 1.000 kilometer',
        summary:
          'Hoe u motor, remmen en banden in de eerste weken behandelt, zodat uw auto jarenlang op zijn best is.',
        body: [
          'Varieer de eerste 1.000 km het toerental en blijf onder de 5.000 tpm; vermijd vol gas en lange stukken met constante snelheid. Laat de motor op temperatuur komen voordat u het vermogen gebruikt.',
          'Nieuwe remblokken en -schijven hebben een paar honderd kilometer rustig remmen nodig om in te lopen, en nieuwe banden hebben minder grip tot hun loopvlak is ingereden. Na het inrijden controleren we de auto bij de eerste servicebeurt.',
        ],
      },
      de: {
        title: 'Einfahren: die ersten 1.000 Kilometer',
        summary:
          'Wie Sie Motor, Bremsen und Reifen in den ersten Wochen behandeln, damit Ihr Fahrzeug über Jahre sein Bestes gibt.',
        body: [
          'Variieren Sie auf den ersten 1.000 km die Drehzahl und bleiben Sie unter 5.000 U/min; vermeiden Sie Vollgas und lange Strecken mit konstanter Geschwindigkeit. Lassen Sie den Motor warm werden, bevor Sie seine Leistung nutzen.',
          'Neue Bremsbeläge und -scheiben brauchen einige hundert Kilometer maßvolles Bremsen, um sich einzuschleifen, und neue Reifen haben weniger Haftung, bis ihre Lauffläche eingefahren ist. Nach dem Einfahren prüfen wir das Fahrzeug bei der ersten Inspektion.',
        ],
      },
    },
  },
  {
    slug: 'carbon-and-paint-care',
    category: 'care',
    order: 2,
    related: ['paint-colour', 'winter-storage'],
    text: {
      en: {
        title: 'Caring for exposed carbon and paint',
        summary: 'Washing by hand, the right products, and what to do about stone chips.',
        body: [
          'Wash your car by hand with a pH-neutral shampoo and two buckets; never use an automatic car wash. Dry it with a clean microfibre towel. Exposed carbon and painted panels are treated the same way.',
          'A clear coat protects the carbon against UV light. Once or twice a year, a non-abrasive sealant keeps it deep and glossy. Stone chips in paint or clear coat should be touched up early; we can do this invisibly at the factory.',
        ],
      },
      nl: {
        title: 'Zichtcarbon en lak verzorgen',
        summary: 'Met de hand wassen, de juiste middelen, en wat u doet aan steenslag.',
        body: [
          'Was uw auto met de hand met een pH-neutrale shampoo en twee emmers; gebruik nooit een wasstraat. Droog hem met een schone microvezeldoek. Zichtcarbon en gelakte panelen verzorgt u op dezelfde manier.',
          'Een blanke lak beschermt het carbon tegen uv-licht. Een- of tweemaal per jaar houdt een niet-schurende sealant de lak diep en glanzend. Steenslag in lak of blanke lak laat u het best vroeg bijwerken; in de fabriek doen we dat onzichtbaar.',
        ],
      },
      de: {
        title: 'Sichtcarbon und Lack pflegen',
        summary: 'Handwäsche, die richtigen Mittel und was bei Steinschlägen zu tun ist.',
        body: [
          'Waschen Sie Ihr Fahrzeug von Hand mit einem pH-neutralen Shampoo und zwei Eimern; nutzen Sie nie eine Waschanlage. Trocknen Sie es mit einem sauberen Mikrofasertuch. Sichtcarbon und lackierte Teile pflegen Sie auf die gleiche Weise.',
          'Ein Klarlack schützt das Carbon vor UV-Licht. Ein- bis zweimal im Jahr hält eine nicht schleifende Versiegelung den Lack tief und glänzend. Steinschläge im Lack oder Klarlack lassen Sie am besten früh ausbessern; im Werk erledigen wir das unsichtbar.',
        ],
      },
    },
  },
  {
    slug: 'winter-storage',
    category: 'care',
    order: 3,
    targetStages: ['delivery'],
    related: ['carbon-and-paint-care'],
    text: {
      en: {
        title: 'Winter storage and battery care',
        summary: 'Preparing your car for a few months off the road, and waking it up in spring.',
        body: [
          'Before storage, wash and dry the car, fill the tank and raise the tyre pressures by 0.5 bar. Keep it in a dry, ventilated space under a breathable cover.',
          'Connect the battery to the conditioner supplied with your car; a lithium battery must never be run flat. In spring, check the tyre pressures, let the engine idle to temperature, and take the first kilometres gently. We also offer storage at the factory, with a check before you collect.',
        ],
      },
      nl: {
        title: 'Winterstalling en accuonderhoud',
        summary:
          'Uw auto voorbereiden op een paar maanden stilstand, en hem in het voorjaar weer wekken.',
        body: [
          'Was en droog de auto vóór de stalling, tank hem vol en verhoog de bandenspanning met 0,5 bar. Stal hem in een droge, geventileerde ruimte onder een ademende hoes.',
          'Sluit de accu aan op de druppellader die bij uw auto hoort; een lithiumaccu mag nooit leeg raken. Controleer in het voorjaar de bandenspanning, laat de motor stationair op temperatuur komen en rijd de eerste kilometers rustig. We bieden ook stalling in de fabriek, met een controle voordat u de auto ophaalt.',
        ],
      },
      de: {
        title: 'Wintereinlagerung und Batteriepflege',
        summary: 'Ihr Fahrzeug auf einige Monate Pause vorbereiten und im Frühjahr wieder wecken.',
        body: [
          'Waschen und trocknen Sie das Fahrzeug vor der Einlagerung, tanken Sie voll und erhöhen Sie den Reifendruck um 0,5 bar. Stellen Sie es trocken und belüftet unter eine atmungsaktive Abdeckung.',
          'Schließen Sie die Batterie an das mitgelieferte Erhaltungsladegerät an; eine Lithiumbatterie darf nie tiefentladen werden. Prüfen Sie im Frühjahr den Reifendruck, lassen Sie den Motor im Leerlauf warm werden und fahren Sie die ersten Kilometer behutsam. Auf Wunsch lagern wir Ihr Fahrzeug auch im Werk ein, mit einer Prüfung vor der Abholung.',
        ],
      },
    },
  },
  {
    slug: 'first-service-jd70',
    category: 'care',
    order: 4,
    targetModels: ['d8-gto-jd70'],
    related: ['running-in'],
    text: {
      en: {
        title: 'Your D8 GTO-JD70: the first service',
        summary: 'For JD70 owners: when the first service is due and what we check on your car.',
        body: [
          'The first service of a D8 GTO-JD70 is due after 1,500 km or six months, whichever comes first. We change the engine and gearbox oil, check the geometry and torque every suspension bolt.',
          'Book it through your account manager; we collect the car from your home in an enclosed transporter if you wish.',
        ],
      },
      nl: {
        title: 'Uw D8 GTO-JD70: de eerste servicebeurt',
        summary:
          'Voor JD70-rijders: wanneer de eerste servicebeurt nodig is en wat we aan uw auto controleren.',
        body: [
          'De eerste servicebeurt van een D8 GTO-JD70 is na 1.500 km of zes maanden, wat het eerst komt. We verversen motor- en versnellingsbakolie, controleren de uitlijning en zetten elke bout van de wielophanging op moment.',
          'Plan hem via uw accountmanager; desgewenst halen we de auto in een gesloten transporter bij u thuis op.',
        ],
      },
      de: {
        title: 'Ihr D8 GTO-JD70: die erste Inspektion',
        summary:
          'Für JD70-Besitzer: wann die erste Inspektion fällig ist und was wir an Ihrem Fahrzeug prüfen.',
        body: [
          'Die erste Inspektion eines D8 GTO-JD70 ist nach 1.500 km oder sechs Monaten fällig, je nachdem, was zuerst eintritt. Wir wechseln Motor- und Getriebeöl, prüfen die Achsgeometrie und ziehen jede Fahrwerksschraube mit Drehmoment nach.',
          'Vereinbaren Sie den Termin über Ihren Account Manager; auf Wunsch holen wir das Fahrzeug im geschlossenen Transporter bei Ihnen ab.',
        ],
      },
    },
  },
]
