window.sitegenSearchIndex = [
{"t":"Aarhus Kommune","u":"../aarhus/index.html","k":"Kommune","x":"Aarhus Kommune Om kommunen Aarhus har mange skoler."},
{"t":"Fælles ledelsesgrundlag","u":"../aarhus/grundlag/index.html","k":"Ledelsesgrundlag","x":"At lede sammen Baggrund Se  den første tilgang ."},
{"t":"Den første tilgang","u":"../aarhus/grundlag/forste/index.html","k":"Tilgang","x":"Vi leder læring. Vi gør noget Hvorfor Fordi det virker."},
{"t":"Den anden tilgang","u":"../aarhus/grundlag/anden/index.html","k":"Tilgang","x":"Vi leder trivsel. Vi gør mere Tilbage til  grundlaget ."},
{"t":"Vejlederens rolle","u":"../aarhus/grundlag/vejlederen/index.html","k":"Rolle","x":"Vejlederen Vejleder kolleger "},
{"t":"Om sitet","u":"../om/index.html","k":"Side","x":"Om Læs om  Aarhus ."}
];
