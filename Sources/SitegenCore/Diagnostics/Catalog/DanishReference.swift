// The Danish reference of every diagnostic code. docs/fejlkoder.md is made from this file
// (ErrorCodeReference) and a test fails when the two differ: edit here, then run
// `RECORD_GOLDEN=1 swift test --filter ErrorCodeReference` to write the file.

extension ReferenceSection {
    /// The section's heading.
    var danishTitle: String {
        switch self {
        case .frontMatter: return "Filen og filens indledning (front matter)"
        case .files: return "Filer og mapper"
        case .documents: return "Dokumenter og dele"
        case .markdown: return "Teksten (Markdown)"
        case .configuration: return "sitegen.yml og temaet (exit-status 2)"
        }
    }
}

extension DiagnosticCode {
    /// Said after the code in its heading: "advarsel" for a code that is only ever a warning.
    var danishHeadingNote: String? {
        switch self {
        case .mergedItem: return "advarsel"
        case .relatedDuplicate: return "advarsel"
        case .headingSkip: return "advarsel"
        case .missingFragment: return "advarsel"
        default: return nil
        }
    }

    /// What the code means, an example and how to fix it.
    var danishReference: String {
        switch self {
        case .invalidUTF8:
            return #"""
                Filen er ikke gemt som UTF-8. *Eksempel:* en fil gemt som "Windows-1252" fra Word.
                *Sådan retter du:* gem filen som UTF-8 (i Word: Gem som → Almindelig tekst → Unicode (UTF-8)).
                """#
        case .emptyFile:
            return #"""
                Filen er tom. *Sådan retter du:* skriv en indledning med mindst `kind` og `title`, eller slet filen.
                """#
        case .missingFrontMatter:
            return #"""
                Filen begynder ikke med `---`. *Eksempel:* første linje er `## Overskrift`.
                *Sådan retter du:* begynd filen med en linje `---`, nøglerne og endnu en linje `---`.
                """#
        case .unterminatedFrontMatter:
            return #"""
                Der mangler en afsluttende `---`-linje efter nøglerne. *Sådan retter du:* tilføj `---` efter den sidste nøgle.
                """#
        case .yamlSyntax:
            return #"""
                Indledningen er ikke gyldig YAML; linjen og kolonnen viser, hvor YAML-læseren gik i stå.
                *Eksempel:* `title: Mål: bedre læring` (et kolon efterfulgt af mellemrum inde i teksten) eller et
                tabulatortegn som indrykning. *Sådan retter du:* sæt tekst med `: ` i anførselstegn
                (`title: "Mål: bedre læring"`) og ryk ind med mellemrum. YAML-mærker (`!!str 1`, `!navn`) bruges
                ikke; tekst, der begynder med `!`, skal stå i anførselstegn (`summary: "!Vigtigt"`). Står der
                samme slags anførselstegn inde i en værdi i anførselstegn (`title: "Elevernes "stemme" i skolen"`),
                slutter værdien for tidligt: brug den anden slags udenom (`title: 'Elevernes "stemme" i skolen'`).
                For de to almindeligste fejl viser tippet linjen rettet.
                """#
        case .yamlAlias:
            return #"""
                Indledningen bruger YAML-ankre eller -aliaser (`&navn`, `*navn`). sitegen bruger dem ikke, og
                de kan få få linjer til at fylde milliarder af værdier. *Eksempel:* `tags: *fælles`.
                *Sådan retter du:* skriv værdien helt ud; tekst, der begynder med `*` eller `&`, sættes i
                anførselstegn (`summary: "*Vigtigt*: ..."`).
                """#
        case .duplicateKey:
            return #"""
                Samme nøgle står to gange. *Sådan retter du:* behold den ene.
                """#
        case .invalidKey:
            return #"""
                En nøgle er ikke et enkelt ord (fx en liste brugt som nøgle). *Sådan retter du:* skriv `navn: værdi`.
                """#
        case .unknownKey:
            return #"""
                Nøglen findes ikke for denne slags fil. *Eksempel:* `responsibilites:` i en rolle.
                *Sådan retter du:* ret stavningen; tippet foreslår den nærmeste kendte nøgle. Nøglerne er
                engelske: skriver du en dansk eller norsk nøgle (`titel:`, `sammendrag:`, `farve:`), nævner tippet
                den engelske (`title:`, `summary:`, `color:`).
                """#
        case .unknownKind:
            return #"""
                `kind` har en ukendt værdi. *Eksempel:* `kind: aproach`. *Sådan retter du:* brug en af
                `municipality`, `framework`, `programme`, `approach`, `role`, `initiative`, `course`, `section`, `page`.
                """#
        case .missingKey:
            return #"""
                En påkrævet nøgle mangler. *Eksempel:* en tilgang uden `statement`. *Sådan retter du:* tilføj nøglen.
                """#
        case .missingValue:
            return #"""
                En påkrævet nøgle står der, men uden værdi (`title:`) eller med en tom værdi (`title: ""`). *Sådan retter du:* skriv værdien efter kolonet.
                """#
        case .commentAsValue:
            return #"""
                En nøgle har ingen værdi, fordi `#` efter et mellemrum begynder en kommentar i YAML: resten af
                linjen bliver ikke læst. Det gælder også valgfrie nøgler, som ellers bare ville blive udeladt.
                *Eksempel:* `color: #1a5a96` eller `summary: #1 i trivsel`. *Sådan retter du:* sæt værdien i
                anførselstegn: `color: "#1a5a96"`. Er teksten efter `#` en note, så skriv den på en linje for sig.
                """#
        case .controlCharacter:
            return #"""
                Et usynligt kontroltegn står i indledningen. *Eksempel:* en titel skrevet i Word med Skift+Enter
                (tegnet U+000B), eller `title: "A\0B"`. *Sådan retter du:* slet tegnet, og skriv værdien på én linje
                eller som en liste.
                """#
        case .typeMismatch:
            return #"""
                Værdien har den forkerte form: en liste hvor der skal stå én værdi, tekst hvor der skal stå et
                tal, osv. *Eksempel:* `number: to`. *Sådan retter du:* skriv `number: 2`; lister skrives med ét
                punkt pr. linje, der begynder med `- `.
                """#
        case .invalidNumber:
            return #"""
                Et tal er for lille. *Eksempel:* `number: 0`. *Sådan retter du:* nummerér fra 1.
                """#
        case .invalidBoolean:
            return #"""
                En ja/nej-værdi er hverken `true` eller `false`. *Eksempel:* `draft: ja`.
                *Sådan retter du:* skriv `draft: true` eller `draft: false`.
                """#
        case .invalidDate:
            return #"""
                En dato er ikke skrevet ÅÅÅÅ-MM-DD eller findes ikke. *Eksempel:* `adopted: 30-02-2024`.
                *Sådan retter du:* `adopted: 2024-02-28`. En dato skrevet med dagen først (`1/9/2024`,
                `01.09.2024`) viser tippet rettet: `adopted: 2024-09-01`.
                """#
        case .dateOrder:
            return #"""
                To datoer står i forkert rækkefølge: `revised` før `adopted`, eller en periode der slutter, før
                den begynder. *Sådan retter du:* tjek datoerne.
                """#
        case .invalidURL:
            return #"""
                En webadresse mangler `https://`. *Eksempel:* `website: www.aarhus.dk`.
                *Sådan retter du:* `website: "https://www.aarhus.dk"`.
                """#
        case .invalidEmail:
            return #"""
                En e-mailadresse er ikke gyldig. *Eksempel:* `email: anna@haderslev`. Tegnene `?`, `&`, `=`, `%`
                og `#` afvises også, fordi de i et `mailto:`-link tilføjer felter som `cc` og `bcc`. Det gælder også
                et `mailto:`-link i teksten: én adresse og intet efter den (ingen `?subject=`, ingen anden adresse
                efter `,` eller `;`). *Sådan retter du:* skriv hele adressen, fx `anna@haderslev.dk`.
                """#
        case .invalidColor:
            return #"""
                En farve er ikke skrevet `#rrggbb`. *Eksempel:* `color: blå`.
                *Sådan retter du:* `color: "#00558c"` (i anførselstegn, da `#` ellers starter en kommentar).
                """#
        case .lowContrast:
            return #"""
                Kommunens farve er for lys: tekst og links i den kan ikke læses af alle. Kontrasten mod hvid skal
                være mindst 4,5:1 (WCAG 2.1 AA). *Sådan retter du:* vælg en mørkere nuance af farven.
                """#
        case .invalidValue:
            return #"""
                Værdien er ikke en af de tilladte. *Eksempel:* `country: se` eller `status: vedtaget`.
                *Sådan retter du:* brug en af værdierne i tippet (`dk`/`no`; `draft`, `adopted`, `archived`).
                """#
        case .tooLong:
            return #"""
                En titel er over 200 tegn, eller et resumé over 300. *Sådan retter du:* forkort teksten.
                """#
        case .multilineValue:
            return #"""
                En værdi, der skal stå på én linje, fylder flere. *Sådan retter du:* saml den på én linje.
                """#
        case .emptyList:
            return #"""
                En liste, der skal have mindst ét punkt, er tom. *Eksempel:* `actions: []`.
                *Sådan retter du:* skriv punkterne, ét pr. linje, der begynder med `- `.
                """#
        case .emptyItem:
            return #"""
                Et punkt i en liste er tomt (`- ` uden tekst). *Sådan retter du:* skriv teksten eller slet linjen.
                Begynder punktet med `#` (`- #1 i trivsel`), læser YAML resten af linjen som en kommentar; sæt
                punktet i anførselstegn: `- "#1 i trivsel"`.
                """#
        case .mergedItem:
            return #"""
                En linje, der begynder med `- `, er rykket længere ind end punkterne over den, så YAML læser den
                som fortsættelsen af punktet over: siden viser ét punkt, "Vi gør - Vi gør mere". *Eksempel:*
                ```
                actions:
                  - Vi gør
                   - Vi gør mere
                ```
                *Sådan retter du:* sæt `-` i samme kolonne som de andre punkter.
                """#
        case .invalidName:
            return #"""
                Et fil- eller mappenavn er ikke et "slug": kun små bogstaver a-z, tal og `-`.
                *Eksempel:* `Høje Taastrup.md`. *Sådan retter du:* omdøb til `hoeje-taastrup.md` (æ→ae, ø→oe, å→aa, mellemrum → `-`).
                """#
        case .markdownExtension:
            return #"""
                En Markdown-fil har et andet navn end `.md`, så sitegen læser den ikke. *Eksempel:* `Plan.MD`
                eller `plan.markdown`. *Sådan retter du:* omdøb den til fx `plan.md`.
                """#
        case .misplacedFile:
            return #"""
                Filen ligger et sted, hvor den ikke hører til. *Eksempel:* `content/aarhus/note.md` (en
                kommunemappe må kun have `index.md`; dokumenter har deres egen mappe).
                *Sådan retter du:* flyt filen efter strukturen `kommune/dokument/del.md`; sider ligger i `content/pages/`.
                """#
        case .kindMismatch:
            return #"""
                Filens `kind` passer ikke til dens plads. *Eksempel:* en `initiative` i et `framework` (indsatser
                hører til programmer), eller `kind: approach` i en kommunes `index.md`.
                *Sådan retter du:* ret `kind`, eller flyt filen.
                """#
        case .missingIndex:
            return #"""
                En mappe med indhold mangler sin `index.md`. *Eksempel:* `content/odense/plan/index.md` findes,
                men ikke `content/odense/index.md`. *Sådan retter du:* opret `index.md` med `kind: municipality`
                (eller `framework`/`programme` for en dokumentmappe).
                """#
        case .reservedName:
            return #"""
                Navnet bruges af sitegen selv: en del må ikke hedde `print`, og en side eller kommune ikke
                `assets`, `search`, `404`, `sitemap` eller `print`. *Sådan retter du:* omdøb filen.
                """#
        case .nameClash:
            return #"""
                En side i `content/pages/` har samme navn som en kommunemappe og ville få samme adresse.
                *Sådan retter du:* omdøb siden.
                """#
        case .outputClash:
            return #"""
                En fil ved siden af indholdet (et billede, en PDF, en HTML-fil) ville ligge samme sted i `output/`
                som en fil, sitegen selv skriver, så den ene ville gå tabt. *Eksempel:* `content/index.html`,
                `content/assets/style.css`, eller med PDF slået til `content/aarhus/plan/plan.pdf` ved siden af
                dokumentet `plan`. *Sådan retter du:* omdøb filen eller flyt den til en anden mappe, og link til
                det nye navn.
                """#
        case .symlink:
            return #"""
                Der ligger et symbolsk link i `content/` (en fejl) eller i et tema (en advarsel), eller `content/`, `themes/` eller
                temaets mappe er selv et link (en fejl); sitegen følger dem ikke, og `sitegen new` skriver ikke gennem en mappe
                under `content/`, der er et link. *Sådan retter du:* kopiér filen eller mappen ind.
                """#
        case .unreadable:
            return #"""
                Filen eller mappen kan ikke læses. *Sådan retter du:* tjek rettighederne.
                """#
        case .fileTooLarge:
            return #"""
                Filen er over 10 MB, eller teksten har mere end 100 gange `<?`, `<![CDATA[` eller `<!` efterfulgt
                af et bogstav uden den afslutning (`?>`, `]]>`, `>`), der hører til, senere på samme linje (også i
                kode); sådan en fil tager meget lang tid at læse, og den bliver ikke vist. *Sådan retter du:* del
                teksten i flere filer; skriv `<?` som `&lt;?` (og `<!` som `&lt;!`), eller afslut den på samme linje.
                """#
        case .tooDeep:
            return #"""
                Mapper ligger mere end 12 niveauer dybt. *Sådan retter du:* brug strukturen `kommune/dokument/del.md`.
                """#
        case .tooManyFiles:
            return #"""
                `content/` har over 200.000 filer. *Sådan retter du:* del sitet op.
                """#
        case .unsafeFile:
            return #"""
                En fil ved siden af indholdet er en slags fil, som en browser kan køre, og den udgives derfor
                ikke: en webside (`.html`, `.htm`), et script (`.js`, `.mjs`), en fil uden filendelse eller en
                anden type end billeder (png, jpg, jpeg, gif, webp, avif, svg), dokumenter (pdf, doc, docx,
                xls, xlsx, ppt, pptx, odt, ods, odp, rtf, csv, txt, zip) og lyd og video (mp3, m4a, ogg, mp4,
                webm, vtt). Et SVG-billede udgives kun uden `<script>`, hændelser (`onload=` og andre `on…`),
                `<foreignObject>` og henvisninger til andre filer eller adresser (kun `#id` i samme billede).
                *Eksempel:* `content/aarhus/bilag.html` eller et logo gemt med et script i. *Sådan retter du:*
                fjern filen, eller lav den om: en webside bliver til en Markdown-side (`.md`), et SVG-billede
                gemmes uden det nævnte eller som PNG; et script kan ikke udgives. Kun et site med
                `markdown: {unsafe: true}` i `sitegen.yml` udgiver alle filer.
                """#
        case .numberingGap:
            return #"""
                Tilgangene (eller indsatserne) i et dokument springer et nummer over. *Eksempel:* tilgang 1, 2 og 4.
                *Sådan retter du:* nummerér 1, 2, 3 … uden huller; meddelelsen nævner de manglende numre.
                """#
        case .duplicateNumber:
            return #"""
                To tilgange (eller indsatser) har samme nummer. *Sådan retter du:* giv hver sit nummer.
                """#
        case .expectsCount:
            return #"""
                Dokumentet lover i `expects` et andet antal dele, end det har. *Eksempel:* `expects: {approaches: 5}`
                med fire tilgange. *Sådan retter du:* tilføj den manglende del, eller ret tallet.
                """#
        case .unknownId:
            return #"""
                `related` nævner et id, der ikke findes. Et id er stien under `content/` uden `.md` og `/index`,
                fx `hoeje-taastrup/ledelsesgrundlag/faglig-ledelse`. *Sådan retter du:* ret id'et; tippet
                foreslår de nærmeste.
                """#
        case .relatedDuplicate:
            return #"""
                `related` nævner siden selv eller den samme side to gange. Siden viser hver relateret side én
                gang og aldrig sig selv. *Sådan retter du:* slet linjen.
                """#
        case .h1InBody:
            return #"""
                Teksten bruger en `#`-overskrift. Titlen er sidens eneste hovedoverskrift.
                *Sådan retter du:* begynd overskrifterne med `##`.
                """#
        case .headingSkip:
            return #"""
                En overskrift springer et niveau over (`##` efterfulgt af `####`). Det forvirrer skærmlæsere.
                *Sådan retter du:* brug `###`.
                """#
        case .brokenLink:
            return #"""
                Et link peger på en fil, der ikke findes. *Eksempel:* `[tilgangen](faglig-ledelse.md)` med en
                stavefejl i filnavnet. *Sådan retter du:* ret stien; tippet foreslår den nærmeste fil.
                """#
        case .missingFragment:
            return #"""
                `#afsnit` i et link svarer ikke til nogen overskrift i målet. En overskrifts id er dens tekst med
                små bogstaver, æ→ae, ø→oe, å→aa og `-` for mellemrum: `## Hvem kan deltage?` → `#hvem-kan-deltage`.
                Er id'et allerede brugt på siden (af en tidligere overskrift, af skabelonen som `indhold` eller af
                en fodnote), får overskriften det første ledige af `-1`, `-2` ...: to gange `## Mål` → `#maal`, `#maal-1`.
                *Sådan retter du:* brug et af de id'er, tippet nævner.
                """#
        case .linkWithSpace:
            return #"""
                Et link har et mellemrum i adressen, og så er det ikke et link: siden viser Markdown-koden
                som tekst. *Eksempel:* `[bilaget](bilag 2.pdf)` eller `[overblikket](index.md#Om grundlaget)`
                (overskriftens tekst i stedet for dens id). *Sådan retter du:* skriv filens navn, som det er, uden
                mellemrum (`bilag-2.pdf`); har filens navn et mellemrum, så sæt adressen i vinkelparenteser:
                `[bilaget](<bilag 2.pdf>)` (eller skriv `%20` for mellemrummet). Efter `#` står overskriftens id:
                `index.md#om-grundlaget`; `missing-fragment` nævner sidens id'er, hvis det ikke passer.
                """#
        case .unclosedLinkTitle:
            return #"""
                Et link har en titel, hvis anførselstegn ikke bliver afsluttet, og så er det ikke et link: siden
                viser Markdown-koden som tekst. *Eksempel:* `[kommunen](../index.md "Min kommune) her`.
                *Sådan retter du:* afslut titlen: `[kommunen](../index.md "Min kommune")`, eller slet `"`.
                """#
        case .emptyLink:
            return #"""
                Et link har intet mål: `[tekst]()`. *Sådan retter du:* skriv filen eller adressen i parentesen.
                """#
        case .absoluteLink:
            return #"""
                Et link begynder med `/`. *Sådan retter du:* skriv stien ud fra filen selv, fx `../faglig-ledelse.md`.
                """#
        case .linkOutsideContent:
            return #"""
                Et link peger uden for `content/`. *Sådan retter du:* link kun til filer i `content/`.
                """#
        case .unsafeLink:
            return #"""
                Et link går til en `javascript:`-, `vbscript:`-, `data:`- eller `file:`-adresse; sådanne links
                fjernes altid. Med `markdown: {unsafe: true}` gælder det også rå HTML med en `javascript:`-,
                `vbscript:`- eller `data:`-adresse: et stykke HTML med sådan en adresse i en attribut fjernes helt.
                *Sådan retter du:* link til en webside eller en indholdsfil.
                """#
        case .footnoteUndefined:
            return #"""
                Teksten henviser til en fodnote, der ikke er skrevet, så siden viser `[^2]` som tekst.
                *Eksempel:* `forskning.[^2]`, men noten hedder `[^1]:`. *Sådan retter du:* brug mærket på en
                note, der findes (tippet nævner dem), eller skriv noten på en linje for sig: `[^2]: Hattie, 2009.`
                Store og små bogstaver tæller ikke: `[^Udvalg]` finder `[^udvalg]:`.
                """#
        case .footnoteUnused:
            return #"""
                En fodnote bliver ikke vist, og dens tekst går tabt: intet i teksten henviser til den, den er
                skrevet to gange med samme mærke (kun den første vises), eller mærket har et mellemrum.
                *Eksempel:* `[^1]: Hattie, 2009.` uden `[^1]` i teksten, eller `[^udvalg ]: ...`.
                *Sådan retter du:* henvis til noten med `[^1]`, hvor den hører til (gerne flere steder), giv den
                det mærke, teksten bruger, skriv mærket uden mellemrum (`[^udvalg]:`), eller slet noten.
                """#
        case .missingAlt:
            return #"""
                Et billede har ingen alternativ tekst: `![](model.png)`. Blinde og svagtseende får teksten læst op.
                *Sådan retter du:* beskriv billedet: `![Modellen for læringsfællesskaber](model.png)`.
                """#
        case .missingImage:
            return #"""
                Billedfilen findes ikke. *Sådan retter du:* læg billedet ved siden af teksten, eller ret navnet.
                """#
        case .tableTooLarge:
            return #"""
                En tabel har flere end 100.000 celler (kolonner × rækker), eller filens tabeller har flere end
                100.000 celler tilsammen (fejlen står ved den tabel, der går over grænsen). Hver række får lige så
                mange celler som tabellens overskriftsrække, så en bred overskrift over mange korte rækker giver en
                kæmpe side. Det samme gælder en linje med mere end 1.000 `|`, i en tabel eller ej: den tager meget
                lang tid at læse. Filen bliver ikke vist, før tabellen er rettet. *Sådan retter du:* del tabellen
                op i mindre tabeller med en tom linje imellem, fjern de kolonner, der ikke bruges, eller flyt nogle
                af tabellerne til en side for sig.
                """#
        case .imageIsPage:
            return #"""
                Et billede peger på en indholdsfil (`.md`), fx `![Modellen](index.md)`: et billede skal være en
                billedfil. *Sådan retter du:* peg på billedfilen (`model.png`), eller fjern `!`, hvis du ville
                linke til siden: `[Modellen](index.md)`.
                """#
        case .externalImage:
            return #"""
                Billedet hentes fra et andet website. Sitet må ikke hente noget fra andre værter.
                *Sådan retter du:* gem billedet ved siden af indholdsfilen og link til filnavnet.
                """#
        case .missingFile:
            return #"""
                Kommunens `logo` findes ikke. *Sådan retter du:* læg billedet i kommunens mappe og skriv filnavnet.
                """#
        case .missingConfig:
            return #"""
                Der er ingen sitegen.yml i mappen. *Sådan retter du:* kør sitegen i sitets mappe, eller brug `--site MAPPE`.
                """#
        case .missingContent:
            return #"""
                Sitet har ingen `content/`-mappe. *Sådan retter du:* opret den ved siden af sitegen.yml.
                """#
        case .outputFolder:
            return #"""
                Mappen, sitet skal skrives til, kan ikke bruges: en bygning erstatter hele mappen, og her ville det
                slette noget. *Eksempel:* `sitegen build --output .` (mappen indeholder selve sitet), `--output
                content`, eller en mappe med andre filer i. *Sådan retter du:* skriv til en tom mappe for sig selv,
                fx `output/` ved siden af sitegen.yml (standard).
                """#
        case .missingTheme:
            return #"""
                Temaet i `theme:` findes ikke i `themes/`. *Sådan retter du:* opret mappen, eller skriv `theme: default`.
                """#
        case .themeError:
            return #"""
                En skabelon i temaet kan ikke læses, eller en påkrævet skabelon mangler.
                *Sådan retter du:* tjek at hver `{{#sektion}}` lukkes med `{{/sektion}}`; kopiér manglende skabeloner fra standardtemaet.
                """#
        case .missingWeasyprint:
            return #"""
                `sitegen build --pdf` (eller `pdf: true`) kræver programmet WeasyPrint, som ikke er installeret
                eller er for gammelt til at skrive tilgængelige PDF'er (PDF/UA). Bygningen stopper, før noget
                skrives. *Sådan retter du:* `python3 -m pip install weasyprint`, eller angiv programmet med
                `WEASYPRINT=/sti/til/weasyprint`.
                """#
        case .pdfFailed:
            return #"""
                WeasyPrint kunne ikke lave PDF'en af et dokument, eller blev ikke færdig inden for 10 minutter
                (`SITEGEN_PDF_TIMEOUT=sekunder` ændrer grænsen); fejlen peger på dokumentets `index.md` og
                gengiver WeasyPrints besked. Bygningen fejler med exit-status 1 (som fejl i indholdet), og
                `output/` bliver ikke rørt.
                *Sådan retter du:* læs beskeden; prøv `sitegen build` uden `--pdf` og åbn dokumentets
                udskriftsside (`print/index.html`) for at se, om den ser rigtig ud.
                """#
        case .writeFailed:
            return #"""
                sitegen kunne ikke skrive `output/`. *Sådan retter du:* tjek at mappen er skrivbar, og at der er plads på disken.
                """#
        }
    }
}

enum DanishReference {
    /// The top of docs/fejlkoder.md.
    static let introduction = #"""
        # Fejl og advarsler i sitegen

        sitegen læser alle filer, før den bygger sitet, og skriver hver fejl med filens navn, linje og
        kolonne, hvad der er galt, og et tip til, hvordan du retter det. Alle fejl i alle filer kommer i
        samme kørsel, sorteret efter fil og linje:

            content/aarhus/ressourcepersoner/opgaver.md:7:1: fejl: ukendt nøgle 'responsibilites' [unknown-key]
              tip: mente du 'responsibilities'?

        Koden i kantede parenteser er den samme på alle sprog; den står i overskrifterne herunder.
        En **fejl** stopper bygningen (exit-status 1), og `output/` bliver ikke rørt. En **advarsel**
        stopper kun bygningen med `--strict` eller `strict: true` i sitegen.yml. Fejl i sitegen.yml og i
        temaet giver exit-status 2.

        Meddelelserne skrives på sitets sprog (`language` i sitegen.yml); `--lang da|nb|nn|no|en`
        vælger et andet.
        """#

    /// The end of docs/fejlkoder.md, after the codes.
    static let closing = #"""
        ## I editoren

        `sitegen schema` skriver et JSON Schema (draft 2020-12) for indledningen i indholdsfiler, og
        `sitegen schema --config` et for sitegen.yml, begge med danske beskrivelser. I Visual Studio Code
        med udvidelsen "YAML" (Red Hat) får sitegen.yml fuldførelse og kontrol sådan her:

            sitegen schema --config > .vscode/sitegen-config.schema.json

        og i `.vscode/settings.json`:

            {
              "yaml.schemas": {
                "./.vscode/sitegen-config.schema.json": "sitegen.yml"
              }
            }

        YAML-udvidelsen læser endnu ikke indledningen i Markdown-filer (redhat-developer/vscode-yaml
        issue 207). Indtil da bruger du skemaet for indholdsfiler i værktøjer, der kan læse front matter
        (fx udvidelsen "Front Matter CMS"), og `sitegen check`, der altid kontrollerer alle filer.

        """#
}
