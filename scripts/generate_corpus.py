#!/usr/bin/env python3
"""Generate a deterministic benchmark corpus for sitegen and for Hugo.

    python3 scripts/generate_corpus.py N OUTDIR [--seed S]

writes about N Markdown files (exactly N when N >= 30) twice:

    OUTDIR/sitegen/   sitegen.yml + content/ in the sitegen content format
    OUTDIR/hugo/      hugo.toml + content/ (index.md -> _index.md) + a minimal layout

Layout of the content: municipalities (content/<m>/index.md), about five documents each
(content/<m>/<d>/index.md, alternately a framework and a programme), about 19 parts per
document (content/<m>/<d>/<part>.md), and a few site pages (content/pages/*.md). Every file
has a Danish body of about 5 KB built from a vocabulary of school-leadership sentences:
`##` headings (and one `###` under a `##`), paragraphs, a bullet list, a GFM table, bold
text, and relative links to other parts of the same document, to the document index and to
`#fragment`s that name real headings in the target.

The corpus is valid for sitegen: `sitegen check` reports no errors and no warnings.
The same N and seed always give byte-identical files. Only the Python standard library is used.
"""

import argparse
import json
import os
import random
import re
import shutil
import sys

FILES_PER_DOCUMENT = 20          # the document's index.md and its parts
DOCUMENTS_PER_MUNICIPALITY = 5

PAGES = [
    ("om", "Om sitet"),
    ("tilgaengelighed", "Tilgængelighedserklæring"),
    ("kontakt", "Kontakt og redaktion"),
    ("ordliste", "Ordliste for skoleledelse"),
]

TOWNS = [
    "Aabenraa", "Aalborg", "Aarhus", "Albertslund", "Allerød", "Assens", "Ballerup", "Billund",
    "Bornholm", "Brøndby", "Brønderslev", "Dragør", "Egedal", "Esbjerg", "Faaborg-Midtfyn",
    "Fanø", "Favrskov", "Faxe", "Fredensborg", "Fredericia", "Frederiksberg", "Frederikshavn",
    "Frederikssund", "Furesø", "Gentofte", "Gladsaxe", "Glostrup", "Greve", "Gribskov",
    "Guldborgsund", "Haderslev", "Halsnæs", "Hedensted", "Helsingør", "Herlev", "Herning",
    "Hillerød", "Hjørring", "Holbæk", "Holstebro", "Horsens", "Hvidovre", "Høje-Taastrup",
    "Hørsholm", "Ikast-Brande", "Ishøj", "Jammerbugt", "Kalundborg", "Kerteminde", "Kolding",
    "Køge", "Langeland", "Lejre", "Lemvig", "Lolland", "Lyngby-Taarbæk", "Læsø", "Mariagerfjord",
    "Middelfart", "Morsø", "Norddjurs", "Nordfyns", "Nyborg", "Næstved", "Odder", "Odense",
    "Odsherred", "Randers", "Rebild", "Ringkøbing-Skjern", "Ringsted", "Roskilde", "Rudersdal",
    "Rødovre", "Samsø", "Silkeborg", "Skanderborg", "Skive", "Slagelse", "Solrød", "Sorø",
    "Stevns", "Struer", "Svendborg", "Syddjurs", "Sønderborg", "Thisted", "Tønder", "Tårnby",
    "Vallensbæk", "Varde", "Vejen", "Vejle", "Vesthimmerland", "Viborg", "Vordingborg", "Ærø",
]
TOWN_SUFFIXES = ["", "Nord", "Syd", "Øst", "Vest", "Midt", "Land", "By"]

# Accent colours; each is checked against white (contrast >= 4.5) at start-up.
COLORS = [
    "#1a5a96", "#0b5d3b", "#7a1f3d", "#5b3a8c", "#8a4b08", "#1f4e5f", "#6b2d5c", "#2f5d1e",
    "#004b87", "#803000", "#3d4f7a", "#5a5a5a", "#8b1e1e", "#0f6167", "#4a3b2a", "#6a4c93",
]

FRAMEWORK_LABELS = ["Ledelsesgrundlag", "Grundkontrakt", "Rolle- og funktionsbeskrivelse"]
FRAMEWORK_TITLES = [
    "Et fælles ledelsesgrundlag for skoleområdet",
    "Grundkontrakt for vejlederrollen",
    "Rolle- og funktionsbeskrivelse for ressourcepersoner",
    "Ledelsesgrundlag for dagtilbud og skole",
    "Grundkontrakt for læringsvejledere",
    "Fælles retning for skoleledelse",
    "Ledelse af professionelle læringsfællesskaber",
    "Ledelsesgrundlag for specialområdet",
]
PROGRAMME_TITLES = [
    "Program for læringsledelse",
    "Program for inkluderende fællesskaber",
    "Program for stærkere læringsfællesskaber",
    "Program for faglig ledelse tæt på praksis",
    "Program for trivsel og læringsmiljø",
    "Program for datainformeret skoleudvikling",
    "Program for overgange og sammenhæng",
    "Program for kompetenceudvikling i skolen",
]

APPROACH_THEMES = [
    "De ansattes læring og udvikling", "Den faglige ledelse", "Evalueringsprocesser",
    "Ressourcer og kompetencer", "Trivsel, relationer og arbejdsmiljø", "Elevcentreret ledelse",
    "Distribueret ledelse", "Ledelse af forandringer", "Samarbejde med forældrene",
    "Ledelse af læringsmiljøet", "Data som grundlag for dialog", "Sammenhæng på tværs af skoler",
    "Ledelse af teams", "Den gode overgang", "Inklusion i almenundervisningen",
    "Projektbaseret læring", "Psykologisk tryghed", "Strategisk kompetenceudvikling",
]
ROLE_ACTORS = [
    "Vejlederen", "Læringspartneren", "Ressourcepersonen", "Skolelederen", "Lederteamet",
    "Den pædagogiske leder", "Teamkoordinatoren", "Det pædagogiske personale", "Forvaltningen",
    "Afdelingslederen", "Læsevejlederen", "Matematikvejlederen",
]
INITIATIVE_THEMES = [
    "Lærings- og kompetencemål", "Forskningsbaseret viden", "Data om læring og trivsel",
    "Kompetenceudvikling for alle", "Fælles sprog om undervisning", "Feedback i teamet",
    "Systematisk opfølgning", "Stærke læringsfællesskaber", "Tidlig indsats",
    "Forældre som medspillere", "Ledelse tæt på undervisningen", "Klasseledelse",
    "Læsning i alle fag", "Matematik i hverdagen", "Bevægelse i undervisningen",
    "Digital dannelse", "Den åbne skole", "Elevernes stemme",
]
COURSE_THEMES = [
    "Grundforløb om læringsmål", "Temaforløb om data", "Forløb for ledere",
    "Forløb om feedback", "Forløb om klasseledelse", "Forløb for vejledere",
]
SECTION_THEMES = [
    "Anvendelse", "Baggrund for arbejdet", "Hvem er vejlederne", "Modellen", "Ordliste",
    "Tidsplan", "Organisering", "Spørgsmål og svar",
]

# Headings used inside bodies (no repeats within a file, so every id is its plain slug).
HEADINGS = [
    "Baggrund", "Formålet med indsatsen", "Sådan arbejder vi", "Ledelsens ansvar",
    "Samarbejde på tværs", "Opfølgning og evaluering", "Eksempler fra praksis", "Næste skridt",
    "Trivsel og læringsmiljø", "Data og dokumentation", "Forældresamarbejde",
    "Kompetenceudvikling", "Professionelle læringsfællesskaber", "Overgange og sammenhæng",
    "Rammer og ressourcer", "Erfaringer fra skolerne", "Hvem gør hvad?", "Hvad siger forskningen?",
    "Elevernes perspektiv", "Tid og prioritering",
]
SUBHEADINGS = ["Et eksempel fra mellemtrinnet", "Spørgsmål til refleksion", "Sådan kommer I i gang"]

SUBJECTS = [
    "Skolelederen", "Lederteamet", "Vejlederen", "Læringspartneren", "Det pædagogiske personale",
    "Forvaltningen", "Teamet omkring klassen", "Ressourcepersonen", "Skolebestyrelsen",
    "Centerledelsen", "Den pædagogiske leder", "Afdelingslederen", "Hver medarbejder",
    "Pædagogerne i indskolingen", "Lærerne på årgangen",
]
VERBS = [
    "styrker", "understøtter", "følger op på", "prioriterer", "udvikler", "drøfter",
    "sætter retning for", "evaluerer", "koordinerer", "tydeliggør", "tager ansvar for",
    "skaber rum for", "holder fast i", "går forrest i",
]
OBJECTS = [
    "elevernes læring og trivsel", "de professionelle læringsfællesskaber", "den faglige ledelse",
    "samarbejdet med forældrene", "arbejdsmiljøet på skolen", "brugen af data i undervisningen",
    "overgangen fra børnehave til skole", "inklusionen i almenundervisningen",
    "den projektbaserede læring", "kompetenceudviklingen for lærere og pædagoger",
    "sammenhængen mellem skole og fritid", "den psykologiske tryghed i teamet",
    "målene for årgangens læring", "skolens økonomi og ressourcer", "feedbackkulturen",
    "den tidlige indsats", "arbejdet med læsning i alle fag", "elevernes medbestemmelse",
]
INFINITIVES = ["styrke", "understøtte", "udvikle", "følge op på", "skabe sammenhæng i", "prioritere", "tydeliggøre"]
PURPOSES = [
    "så alle elever bliver så dygtige, som de kan",
    "så der skabes sammenhæng i hele skolevæsenet",
    "med afsæt i forskningsbaseret viden",
    "i tæt dialog med medarbejderne",
    "for at sikre en høj faglig kvalitet",
    "så kerneopgaven altid er i centrum",
    "med blik for den enkelte elevs progression",
    "gennem tydelige rammer og klare forventninger",
    "og deler erfaringerne på tværs af skolerne",
    "uden at miste overblikket over helheden",
    "så både børn og voksne oplever tryghed",
    "i et tæt samspil med forvaltningen",
]
FILLERS = [
    "Det kræver tid, tillid og et fælles sprog om undervisningen.",
    "Erfaringerne fra de første år viser, at små skridt ofte giver de største forandringer.",
    "Vi ved fra forskningen, at ledelse tæt på praksis gør en forskel for elevernes udbytte.",
    "Derfor bruger vi møderne i teamet til at se på konkrete elevprodukter og data.",
    "Arbejdet følges op to gange om året i dialogen mellem skoleleder og centerchef.",
    "Det er ikke en færdig opskrift, men en fælles retning, som hver skole oversætter lokalt.",
    "Når vi lykkes, kan det ses i klasserummet, på gangene og i samtalerne med forældrene.",
    "Målet er, at ingen elever går forgæves, og at alle medarbejdere føler sig rustet til opgaven.",
    "Både små og store skoler har bidraget med eksempler, som andre kan lære af.",
    "Vi måler ikke alt, men vi følger systematisk op på det, der betyder mest.",
]
BULLETS = [
    "faste møder i teamet hver fjortende dag", "en årlig status på læring og trivsel",
    "sparring mellem ledere på tværs af skolerne", "observation og feedback i undervisningen",
    "tydelige aftaler om roller og ansvar", "fælles værktøjer til dokumentation",
    "korte forløb med konkrete mål", "inddragelse af elevernes egne vurderinger",
    "forældremøder med fokus på læring", "et fælles årshjul for opfølgning",
]
TABLE_ROWS = [
    ("August", "Planlægning af skoleåret", "Lederteamet"),
    ("Oktober", "Status på læringsmål", "Teamet omkring klassen"),
    ("December", "Trivselsmåling", "Skolelederen"),
    ("Februar", "Kvalitetsdialog", "Forvaltningen"),
    ("April", "Evaluering af indsatsen", "Vejlederen"),
    ("Juni", "Opsamling og næste skridt", "Skolebestyrelsen"),
]
LINK_TEXTS = ["Læs mere om {}.", "Se også {}.", "Sammenhængen med {} er beskrevet for sig.",
              "Beskrivelsen af {} uddyber det.", "Arbejdet hænger tæt sammen med {}."]
FIRST_NAMES = [
    "Sofie", "Jonas", "Mette", "Anders", "Ida", "Mads", "Line", "Rasmus", "Camilla", "Søren",
    "Signe", "Morten", "Louise", "Jesper", "Anne", "Kasper", "Maja", "Thomas", "Birgitte", "Ole",
]
LAST_NAMES = [
    "Hansen", "Nielsen", "Jensen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
    "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Møller",
]
TITLES = ["Programkoordinator", "Pædagogisk konsulent", "Skolechef", "Udviklingskonsulent"]
TAGS = [
    "skoleledelse", "læringsledelse", "trivsel", "data", "faglig ledelse", "inklusion",
    "vejledning", "kompetenceudvikling", "forældresamarbejde", "evaluering",
]


# ---------------------------------------------------------------------------- helpers

def slug(text):
    """Port of sitegen's Suggestions.slug: lower case, æ→ae ø→oe å→aa, runs of others to '-'."""
    import unicodedata
    out, pending = "", False
    special = {"æ": "ae", "ø": "oe", "å": "aa", "ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"}
    for ch in text.lower():
        if ch in special:
            rep = special[ch]
        else:
            folded = "".join(c for c in unicodedata.normalize("NFD", ch)
                             if not unicodedata.combining(c))
            rep = folded if folded and all("a" <= c <= "z" or "0" <= c <= "9" for c in folded) else ""
        if not rep:
            pending = bool(out)
        else:
            if pending:
                out += "-"
            pending = False
            out += rep
    return out


def contrast_with_white(color):
    def channel(v):
        v /= 255
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4
    r, g, b = (int(color[i:i + 2], 16) for i in (1, 3, 5))
    lum = 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)
    return 1.05 / (lum + 0.05)


for _c in COLORS:
    assert contrast_with_white(_c) >= 4.5, _c

_PLAIN = re.compile(r"^[A-Za-zÆØÅæøåÉé][^:#\[\]{},&*!|>'\"%@`]*$")
_YAML11_WORDS = {"yes", "no", "on", "off", "true", "false", "null", "y", "n", "~"}


def yscalar(value):
    """A YAML scalar both sitegen (YAML 1.2 core) and Hugo (go-yaml, 1.1-ish) read as the same string."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, Date):
        return value.text
    s = str(value)
    if _PLAIN.match(s) and s.lower() not in _YAML11_WORDS and not s.endswith(" ") and "  " not in s:
        return s
    return json.dumps(s, ensure_ascii=False)


class Date:
    def __init__(self, y, m, d):
        self.text = f"{y:04d}-{m:02d}-{d:02d}"


def yaml_lines(data, indent=""):
    """Block-style YAML for dicts of scalars, lists of scalars, lists of dicts and nested dicts."""
    lines = []
    for key, value in data.items():
        if isinstance(value, dict):
            lines.append(f"{indent}{key}:")
            lines += yaml_lines(value, indent + "  ")
        elif isinstance(value, list):
            lines.append(f"{indent}{key}:")
            for item in value:
                if isinstance(item, dict):
                    sub = yaml_lines(item, indent + "    ")
                    lines.append(f"{indent}  - " + sub[0].lstrip())
                    lines += sub[1:]
                else:
                    lines.append(f"{indent}  - {yscalar(item)}")
        else:
            lines.append(f"{indent}{key}: {yscalar(value)}")
    return lines


def front_matter(data):
    return "---\n" + "\n".join(yaml_lines(data)) + "\n---\n"


def sentence(rng):
    subj, verb, obj, purpose = rng.choice(SUBJECTS), rng.choice(VERBS), rng.choice(OBJECTS), rng.choice(PURPOSES)
    if rng.random() < 0.15:
        obj = f"**{obj}**"
    return f"{subj} {verb} {obj} {purpose}."


def paragraph(rng, n_min=3, n_max=4, link=None):
    parts = []
    for _ in range(rng.randint(n_min, n_max)):
        parts.append(sentence(rng) if rng.random() < 0.7 else rng.choice(FILLERS))
    if link:
        parts.insert(rng.randint(1, len(parts)), link)
    return " ".join(parts)


def unique_slug(title, used):
    base = slug(title)[:60].strip("-") or "del"
    name, k = base, 2
    while name in used or name == "print":
        name = f"{base}-{k}"
        k += 1
    used.add(name)
    return name


def numbered_title(themes, i, rng_order):
    theme = rng_order[i % len(rng_order)]
    return theme if i < len(rng_order) else f"{theme} ({i // len(rng_order) + 1})"


# ---------------------------------------------------------------------------- the plan

class File:
    """One Markdown file: where it goes, its front matter, its headings and its links."""

    def __init__(self, rel, hugo_rel, fm):
        self.rel = rel              # path under content/ for sitegen
        self.hugo_rel = hugo_rel    # path under content/ for Hugo
        self.fm = fm                # ordered dict of front matter
        self.headings = []          # the `##` headings of the body
        self.links = []             # (text, target) Markdown links to put in the body
        self.table_links = []       # (text, target) rows of a table of contents (index files)


def plan(n, seed):
    rng = random.Random(seed)
    n_pages = min(len(PAGES), max(1, n // 50))
    budget = max(n - n_pages, 1 + 1 + 3)
    per_muni = 1 + DOCUMENTS_PER_MUNICIPALITY * FILES_PER_DOCUMENT
    n_munis = max(1, round(budget / per_muni))
    n_docs = max(n_munis, round((budget - n_munis) / FILES_PER_DOCUMENT))
    n_parts = max(3 * n_docs, budget - n_munis - n_docs)
    parts_per_doc = [n_parts // n_docs + (1 if i < n_parts % n_docs else 0) for i in range(n_docs)]

    files = []
    muni_ids = []
    used_muni = {"pages", "assets", "search", "404", "sitemap", "print"}
    doc_index = 0
    for mi in range(n_munis):
        town = TOWNS[mi % len(TOWNS)]
        round_ = mi // len(TOWNS)
        suffix = TOWN_SUFFIXES[round_ % len(TOWN_SUFFIXES)]
        if round_ >= len(TOWN_SUFFIXES):
            suffix = f"{suffix} {round_ // len(TOWN_SUFFIXES) + 1}".strip()
        name = f"{town} {suffix} Kommune" if suffix else f"{town} Kommune"
        m = unique_slug(name.replace(" Kommune", ""), used_muni)
        muni_ids.append(m)
        domain = f"{m}.dk"
        docs_here = [d for d in range(n_docs) if d % n_munis == mi]
        muni = File(f"{m}/index.md", f"{m}/_index.md", {
            "kind": "municipality",
            "title": name,
            "name": name,
            "country": "dk",
            "website": f"https://www.{domain}",
            "color": rng.choice(COLORS),
            "contact": f"skoleledelse@{domain}",
            "summary": f"{name} samler her sine ledelsesgrundlag, kontrakter og programmer for skoleområdet.",
            "tags": rng.sample(TAGS, 2),
        })
        files.append(muni)
        used_docs = set()
        doc_ids = []
        title_order = {True: rng.sample(FRAMEWORK_TITLES, len(FRAMEWORK_TITLES)),
                       False: rng.sample(PROGRAMME_TITLES, len(PROGRAMME_TITLES))}
        for di, d_global in enumerate(docs_here):
            framework = di % 2 == 0
            k_parts = parts_per_doc[d_global]
            titles = title_order[framework]
            title = titles[(di // 2) % len(titles)]
            d = unique_slug(title, used_docs)
            doc_id = f"{m}/{d}"
            doc_ids.append((d, title))
            doc_files = plan_document(rng, m, d, title, framework, k_parts, domain, doc_ids[:-1])
            files += doc_files
            doc_index += 1
        muni.table_links = [(t, f"{d}/index.md") for d, t in doc_ids]
        muni.links = [(t.lower(), f"{d}/index.md") for d, t in doc_ids[:2]]

    for pi in range(n_pages):
        p, title = PAGES[pi]
        targets = rng.sample(muni_ids, min(3, len(muni_ids)))
        page = File(f"pages/{p}.md", f"pages/{p}.md", {
            "kind": "page",
            "title": title,
            "menu": pi + 1,
            "summary": f"{title}: om indholdet på sitet og om, hvordan det er bygget op.",
        })
        page.links = [(f"kommunens side ({t})", f"../{t}/index.md") for t in targets]
        files.append(page)
    return files


def plan_document(rng, m, d, title, framework, k_parts, domain, earlier_docs):
    """The document's index and its parts, with links between them."""
    doc_id = f"{m}/{d}"
    used = {"index"}
    parts = []  # (kind, number or None, title, slug, extra front matter)
    if framework:
        n_roles = min(3, k_parts // 5)
        n_sections = min(2, k_parts // 6)
        n_main = k_parts - n_roles - n_sections
        kinds = [("approach", APPROACH_THEMES, n_main), ("role", ROLE_ACTORS, n_roles),
                 ("section", SECTION_THEMES, n_sections)]
    else:
        n_courses = min(3, k_parts // 5)
        n_roles = min(2, k_parts // 7)
        n_sections = min(2, k_parts // 8)
        n_main = k_parts - n_courses - n_roles - n_sections
        kinds = [("initiative", INITIATIVE_THEMES, n_main), ("course", COURSE_THEMES, n_courses),
                 ("role", ROLE_ACTORS, n_roles), ("section", SECTION_THEMES, n_sections)]
    for kind, themes, count in kinds:
        order = rng.sample(themes, len(themes))
        for i in range(count):
            ptitle = numbered_title(themes, i, order)
            if kind == "role":
                actor = ptitle
                ptitle = f"{actor}s rolle" if not actor.endswith("s") else f"Rollen for {actor.lower()}"
            parts.append((kind, i + 1, ptitle, unique_slug(ptitle, used)))

    files = []
    part_files = []
    for kind, number, ptitle, pslug in parts:
        fm = {"kind": kind, "title": ptitle}
        if kind == "approach":
            fm["number"] = number
            fm["statement"] = f"Vi leder med fokus på {rng.choice(OBJECTS)}, {rng.choice(PURPOSES)}."
            fm["actions"] = [f"Vi {rng.choice(VERBS)} {rng.choice(OBJECTS)}" for _ in range(rng.randint(3, 5))]
        elif kind == "role":
            fm["number"] = number
            fm["actor"] = ptitle.replace("s rolle", "") if ptitle.endswith("s rolle") else ptitle
            fm["responsibilities"] = [f"{rng.choice(VERBS).capitalize()} {rng.choice(OBJECTS)} {rng.choice(PURPOSES)}"
                                      for _ in range(rng.randint(3, 6))]
        elif kind == "initiative":
            fm["number"] = number
            fm["prerequisite"] = f"Det forudsætter, at {rng.choice(SUBJECTS).lower()} {rng.choice(VERBS)} {rng.choice(OBJECTS)}."
        elif kind == "course":
            fm["number"] = number
            fm["period"] = f"{rng.choice(['Foråret', 'Efteråret'])} {rng.randint(2024, 2028)}"
            fm["audience"] = rng.choice(["Lærere og pædagogisk personale", "Skoleledere", "Vejledere og ressourcepersoner"])
            fm["topics"] = [rng.choice(OBJECTS).capitalize() for _ in range(rng.randint(2, 4))]
        elif kind == "section":
            fm["number"] = number
        fm["summary"] = sentence(rng).replace("**", "")
        fm["tags"] = rng.sample(TAGS, rng.randint(1, 3))
        f = File(f"{m}/{d}/{pslug}.md", f"{m}/{d}/{pslug}.md", fm)
        f.headings = rng.sample(HEADINGS, rng.randint(4, 6))
        part_files.append((f, pslug, ptitle))

    # Related ids and links between the parts of the document.
    slugs = [p[1] for p in part_files]
    for idx, (f, pslug, ptitle) in enumerate(part_files):
        others = [j for j in range(len(part_files)) if j != idx]
        if others:
            rel = rng.sample(others, min(len(others), rng.randint(0, 2)))
            if rel:
                f.fm["related"] = [f"{doc_id}/{slugs[j]}" for j in rel]
            for j in rng.sample(others, min(len(others), rng.randint(1, 3))):
                target, ttitle = part_files[j][1], part_files[j][2]
                href = f"{target}.md"
                if rng.random() < 0.25:
                    href += "#" + slug(rng.choice(part_files[j][0].headings))
                f.links.append((ttitle.lower() if rng.random() < 0.5 else ttitle, href))
        if rng.random() < 0.3:
            f.links.append(("dokumentet", "index.md"))

    if framework:
        fm = {
            "kind": "framework",
            "title": title,
            "label": next((lb for lb in FRAMEWORK_LABELS[1:] if lb.split("-")[0] in title), FRAMEWORK_LABELS[0]),
            "summary": f"{title} beskriver, hvordan ledere og medarbejdere i kommunen arbejder sammen om kerneopgaven.",
            "status": "adopted",
            "adopted": Date(rng.randint(2018, 2023), rng.randint(1, 12), rng.randint(1, 28)),
            "revised": Date(rng.randint(2024, 2025), rng.randint(1, 12), rng.randint(1, 28)),
            "version": f"{rng.randint(1, 3)}.{rng.randint(0, 9)}",
            "audience": ["Skoleledere og lederteams", "Centerledelsen", "Pædagogisk personale"],
            "purposes": [f"At {rng.choice(INFINITIVES)} {rng.choice(OBJECTS)}" for _ in range(3)],
            "commitments": [f"At vi {rng.choice(VERBS)} {rng.choice(OBJECTS)} {rng.choice(PURPOSES)}" for _ in range(3)],
            "usage": ["I de fælles ledelsesfora på tværs af kommunen", "I dialogen mellem centerledelse og skoleleder",
                      "På den enkelte skole, i lederteamet og i dialogen med medarbejderne"],
            "expects": {"approaches": sum(1 for p in parts if p[0] == "approach")},
        }
    else:
        people = []
        for _ in range(rng.randint(1, 3)):
            first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
            people.append({
                "name": f"{first} {last}",
                "title": rng.choice(TITLES),
                "email": f"{slug(first)}.{slug(last)}@{domain}",
                "phone": f"+45 {rng.randint(20, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}",
            })
        start = rng.randint(2024, 2027)
        fm = {
            "kind": "programme",
            "title": title,
            "label": "Program",
            "summary": f"{title} samler skolerne om fælles indsatser, der styrker elevernes læring og trivsel.",
            "goal": f"Skolerne skal styrke {rng.choice(OBJECTS)}, {rng.choice([p for p in PURPOSES if p.startswith('så ')])}.",
            "quote": {"text": rng.choice(FILLERS), "source": f"{rng.choice(LAST_NAMES)}, {rng.randint(2010, 2023)}"},
            "period": {"start": Date(start, 8, 1), "end": Date(start + 3, 7, 31)},
            "audience": "Lærere, pædagoger, skoleledere og forvaltning",
            "outcomes": [f"{rng.choice(OBJECTS).capitalize()} er styrket" for _ in range(3)],
            "contacts": people,
            "website": f"https://www.{domain}/skole",
            "expects": {"initiatives": sum(1 for p in parts if p[0] == "initiative")},
        }
    fm["tags"] = rng.sample(TAGS, 2)
    if earlier_docs and rng.random() < 0.5:
        fm["related"] = [f"{m}/{earlier_docs[-1][0]}"]
    index = File(f"{m}/{d}/index.md", f"{m}/{d}/_index.md", fm)
    index.headings = rng.sample(HEADINGS, 5)
    index.table_links = [(ptitle, f"{pslug}.md") for _, pslug, ptitle in part_files]
    if part_files:
        f0 = part_files[0]
        index.links = [(f0[2].lower(), f"{f0[1]}.md#{slug(f0[0].headings[0])}")]
    files.append(index)
    files += [p[0] for p in part_files]
    return files


# ---------------------------------------------------------------------------- bodies

def body(rng, f):
    headings = f.headings or rng.sample(HEADINGS, rng.randint(4, 6))
    f.headings = headings
    links = [rng.choice(LINK_TEXTS).format(f"[{text}]({href})") for text, href in f.links]
    out = []
    list_at = rng.randrange(len(headings))
    table_at = rng.randrange(len(headings))
    sub_at = rng.randrange(len(headings))
    for i, h in enumerate(headings):
        out.append(f"## {h}\n")
        for _ in range(rng.randint(2, 3)):
            link = links.pop() if links and rng.random() < 0.6 else None
            out.append(paragraph(rng, link=link) + "\n")
        if i == list_at:
            out.append("Arbejdet bygger blandt andet på:\n")
            out.append("\n".join(f"- {b}" for b in rng.sample(BULLETS, rng.randint(3, 5))) + "\n")
        if i == table_at:
            if f.table_links:
                what = "Dokument" if f.fm["kind"] == "municipality" else "Del"
                out.append(f"| Nr. | {what} | Kernen |\n|---:|---|---|")
                rows = [f"| {n} | [{t}]({href}) | {rng.choice(OBJECTS).capitalize()} |"
                        for n, (t, href) in enumerate(f.table_links, 1)]
                out.append("\n".join(rows) + "\n")
            else:
                out.append("| Hvornår | Hvad | Hvem |\n|---|---|---|")
                rows = rng.sample(TABLE_ROWS, rng.randint(3, 5))
                rows.sort(key=TABLE_ROWS.index)
                out.append("\n".join(f"| {a} | {b} | {c} |" for a, b, c in rows) + "\n")
        if i == sub_at:
            out.append(f"### {rng.choice(SUBHEADINGS)}\n")
            out.append(paragraph(rng, 2, 4) + "\n")
    if links:  # links that found no paragraph go into a last paragraph
        out.append(" ".join(links) + "\n")
    return "\n".join(out)


# ---------------------------------------------------------------------------- Hugo

HUGO_CONFIG = """baseURL = "https://example.org/benchmark/"
title = "Ledelsesgrundlag i skolen"
languageCode = "da"
disableKinds = ["taxonomy", "term", "RSS"]
"""

HUGO_BASEOF = """<!DOCTYPE html>
<html lang="{{ site.LanguageCode }}">
<head>
<meta charset="utf-8">
<title>{{ .Title }} | {{ site.Title }}</title>
{{ with .Params.summary }}<meta name="description" content="{{ . }}">{{ end }}
</head>
<body>
<header><a href="{{ "/" | relURL }}">{{ site.Title }}</a></header>
<main>
{{ block "main" . }}{{ end }}
</main>
</body>
</html>
"""

HUGO_FIELDS = """{{ with .Params.summary }}<p class="summary">{{ . }}</p>{{ end }}
{{ with .Params.name }}<p>{{ . }}</p>{{ end }}
{{ with .Params.label }}<p class="label">{{ . }}</p>{{ end }}
{{ with .Params.goal }}<p class="goal">{{ . }}</p>{{ end }}
{{ with .Params.quote }}<blockquote><p>{{ .text }}</p>{{ with .source }}<footer>{{ . }}</footer>{{ end }}</blockquote>{{ end }}
{{ with .Params.purposes }}<h2>Formål</h2><ul>{{ range . }}<li>{{ . }}</li>{{ end }}</ul>{{ end }}
{{ with .Params.commitments }}<h2>Fælles ansvar</h2><ul>{{ range . }}<li>{{ . }}</li>{{ end }}</ul>{{ end }}
{{ with .Params.usage }}<h2>Anvendelse</h2><ul>{{ range . }}<li>{{ . }}</li>{{ end }}</ul>{{ end }}
{{ with .Params.contacts }}<h2>Kontakt</h2><ul>{{ range . }}<li>{{ .name }}{{ with .title }}, {{ . }}{{ end }}{{ with .email }} <a href="mailto:{{ . }}">{{ . }}</a>{{ end }}</li>{{ end }}</ul>{{ end }}
{{ with .Params.statement }}<p class="statement">{{ . }}</p>{{ end }}
{{ with .Params.actions }}<h2>Derfor gør vi følgende</h2><ul>{{ range . }}<li>{{ . }}</li>{{ end }}</ul>{{ end }}
{{ with .Params.actor }}<p class="actor">{{ . }}</p>{{ end }}
{{ with .Params.responsibilities }}<h2>Ansvar</h2><ul>{{ range . }}<li>{{ . }}</li>{{ end }}</ul>{{ end }}
{{ with .Params.prerequisite }}<p class="prerequisite">{{ . }}</p>{{ end }}
{{ with .Params.topics }}<h2>Emner</h2><ul>{{ range . }}<li>{{ . }}</li>{{ end }}</ul>{{ end }}
"""

HUGO_SINGLE = """{{ define "main" }}
<h1>{{ .Title }}</h1>
""" + HUGO_FIELDS + """{{ .Content }}
{{ end }}
"""

HUGO_LIST = """{{ define "main" }}
<h1>{{ .Title }}</h1>
""" + HUGO_FIELDS + """{{ .Content }}
<ul class="pages">
{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ with .Params.summary }}<p>{{ . }}</p>{{ end }}</li>
{{ end }}</ul>
{{ end }}
"""

HUGO_INDEX = """{{ define "main" }}
<h1>{{ site.Title }}</h1>
<ul class="sections">
{{ range .Sections }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a>
<ul>{{ range .Sections }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul></li>
{{ end }}</ul>
{{ end }}
"""


def hugo_front_matter(fm):
    out = {}
    for key, value in fm.items():
        if key == "kind":
            out["doctype"] = value          # `kind` names Hugo's own page kinds; keep the value under another key
        else:
            out[key] = value
        if key == "number":
            out["weight"] = value           # Hugo orders .Pages by weight
    return front_matter(out)


# ---------------------------------------------------------------------------- main

def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("n", type=int, help="number of Markdown files (about)")
    ap.add_argument("outdir")
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    if args.n < 1:
        ap.error("N must be at least 1")

    files = plan(args.n, args.seed)
    rng = random.Random(args.seed * 1_000_003 + 17)
    sg, hg = os.path.join(args.outdir, "sitegen"), os.path.join(args.outdir, "hugo")
    for d in (sg, hg):
        if os.path.exists(d):
            shutil.rmtree(d)

    write(os.path.join(sg, "sitegen.yml"),
          'title: Ledelsesgrundlag i skolen\nlanguage: da\nbaseURL: "https://example.org/benchmark/"\n')
    write(os.path.join(hg, "hugo.toml"), HUGO_CONFIG)
    write(os.path.join(hg, "layouts/_default/baseof.html"), HUGO_BASEOF)
    write(os.path.join(hg, "layouts/_default/single.html"), HUGO_SINGLE)
    write(os.path.join(hg, "layouts/_default/list.html"), HUGO_LIST)
    write(os.path.join(hg, "layouts/index.html"), HUGO_INDEX)
    write(os.path.join(hg, "content/_index.md"), front_matter({"title": "Ledelsesgrundlag i skolen"}) + "\n")

    total_body = 0
    for f in files:
        text = body(rng, f)
        total_body += len(text.encode("utf-8"))
        write(os.path.join(sg, "content", f.rel), front_matter(f.fm) + "\n" + text)
        write(os.path.join(hg, "content", f.hugo_rel), hugo_front_matter(f.fm) + "\n" + text)
    print(f"{len(files)} Markdown files per tool, {total_body / len(files) / 1024:.1f} KB of body on average, "
          f"in {sg} and {hg}", file=sys.stderr)


if __name__ == "__main__":
    main()
