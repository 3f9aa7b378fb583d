window.sitegenSearchIndex = [
{"t":"Utdanningsdirektoratet","u":"../udir/index.html","k":"Kommune","x":"Utdanningsdirektoratet Om direktoratet Direktoratet har ansvar for  veiledningsprogrammet ."},
{"t":"Veiledning for skoleeiere","u":"../udir/veiledning/index.html","k":"Program","x":"Et program som støtter skoleeiere i arbeidet med kvalitet. Bedre læringsresultater for elevene. Elevene fullfører videregående opplæring Resultater på nasjonale prøver Bakgrunn Programmet bygger på  kartleggingen . Modell for veiledningen Fase Varighet Kartlegging Et halvt år"},
{"t":"Kartlegging og analyse","u":"../udir/veiledning/kartlegging/index.html","k":"Tiltak","x":"Det forutsetter at skoleeieren deler sine data. Slik kartlegger vi Vi ser på resultater og læringsmiljø."},
{"t":"Utviklingsarbeid","u":"../udir/veiledning/utvikling/index.html","k":"Tiltak","x":"Det forutsetter en forankret plan. Arbeidet følger  kartleggingen ."},
{"t":"Hvem er veilederne?","u":"../udir/veiledning/veilederne/index.html","k":"Avsnitt","x":"Erfarne skoleledere fra hele landet."},
{"t":"Samling for skoleledere","u":"../udir/veiledning/samling/index.html","k":"Kurs","x":"Ledelse av utviklingsarbeid Bruk av data "},
{"t":"Personvern","u":"../personvern/index.html","k":"Side","x":"Nettstedet samler ikke inn personopplysninger."}
];
