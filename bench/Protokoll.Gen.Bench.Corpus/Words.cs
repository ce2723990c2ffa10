namespace Protokoll.Gen.Bench.Corpus;

/// <summary>Built-in vocabularies. Real Swedish words, lower case, so bodies look like minutes (and exercise å, ä, ö in UTF-8).</summary>
internal static class Words
{
    public static readonly string[] Common =
    [
        "arbete", "arbetsgrupp", "arbetsplan", "aktivitet", "aktiviteter", "aktör", "aktörer", "alla", "alltid", "andra",
        "ansvar", "ansvarig", "ansökan", "användning", "arbeta", "att", "av", "avstämning", "bakgrund", "behov",
        "behöver", "beslut", "beslutar", "betydelse", "bidra", "bidrar", "bland", "bygd", "bygdekontor", "både",
        "dag", "del", "delar", "deltagare", "den", "det", "detta", "dessa", "digitala", "dialog",
        "där", "efter", "egen", "enkel", "erfarenhet", "erfarenheter", "erbjuda", "exempel", "finansiering", "finns",
        "flera", "forskare", "forskning", "framtid", "fråga", "frågor", "fler", "förankring", "förbättra", "föreningar",
        "företag", "företagare", "förslag", "förutsättningar", "förändring", "förstärker", "genom", "genomföra", "genomförande", "gemensam",
        "gemensamma", "goda", "grund", "grupp", "gäller", "göra", "hela", "hinder", "hur", "hållbar",
        "hållbarhet", "höst", "identifierat", "information", "initiativ", "inom", "innovation", "insatser", "inte", "intresse",
        "kansliet", "kommun", "kommunen", "kommuner", "kompetens", "kontakt", "kontinuerlig", "kostnader", "kriterier", "kunskap",
        "kvalitet", "kommer", "landsbygd", "landsbygden", "landsbygdsutveckling", "lokal", "lokala", "långsiktig", "långsiktighet", "lösningar",
        "medel", "medlemmar", "medlemsorganisationer", "metod", "metoder", "miljö", "mål", "målgrupp", "möjlighet", "möjligheter",
        "möte", "möten", "mötesplats", "nationell", "nivå", "nivåer", "nya", "nytta", "nätverk", "nätverket",
        "nätverksprocess", "nätverksprocessen", "nästa", "offentlig", "och", "om", "omfattning", "område", "områden", "organisation",
        "organisationer", "också", "planering", "plats", "platser", "process", "processen", "processägare", "projekt", "projektet",
        "påverka", "region", "regionen", "regionala", "resultat", "resurser", "riktning", "rapport", "samarbete", "samhälle",
        "samverkan", "samtidigt", "satsning", "service", "servicepunkter", "situation", "skapa", "skapar", "skillnad", "skola",
        "steg", "stöd", "stödja", "strategi", "struktur", "strukturer", "styrgruppen", "syfte", "särskilt", "så",
        "tid", "tidigare", "tillsammans", "tillväxt", "tjänster", "trygghet", "tydlig", "tydliga", "underlag", "uppdrag",
        "uppföljning", "utbildning", "utmaning", "utmaningen", "utmaningar", "utveckla", "utveckling", "utvärdering", "vara", "verksamhet",
        "vid", "viktigt", "vilja", "villkor", "visar", "väg", "vägar", "värde", "växa", "år",
        "åtgärder", "återkoppling", "åtagande", "åren", "ägare", "ändamål", "ännu", "ökad", "ökat", "öka",
        "önskemål", "överenskommelse", "översyn", "övergripande", "öppen", "öppna", "bostäder", "boende", "besöksnäring", "byar",
        "cirkulär", "ekonomi", "energi", "fiber", "föreningsliv", "glesbygd", "handel", "hållplats", "inflyttning", "jordbruk",
        "kollektivtrafik", "kultur", "livsmedel", "matproduktion", "mobilitet", "natur", "näringsliv", "omställning", "pendling", "rekrytering",
        "skog", "skogsbruk", "turism", "ungdomar", "vatten", "välfärd", "äldre", "företagande", "entreprenörskap", "arbetstillfällen",
        "infrastruktur", "bredband", "lärande", "kartläggning", "analys", "workshop", "seminarium", "konferens", "rapporten", "sammanställning",
        "spridning", "kommunikation", "hemsida", "nyhetsbrev", "deltagande", "engagemang", "eldsjälar", "ideella", "krafter", "ledning",
        "prioritering", "prioriteringar", "budget", "redovisning", "tidsplan", "delrapport", "slutrapport", "milstolpe", "genomgång", "förankra",
        "mervärde", "samordning", "inriktning", "förstudie", "pilotprojekt", "erfarenhetsutbyte", "kunskapsspridning", "arbetssätt", "verktyg", "modell",
    ];

    public static readonly string[] HeadingWords =
    [
        "Bakgrund", "Syfte", "Mål", "Genomförande", "Tidsplan", "Organisation", "Uppföljning", "Resultat", "Förankring", "Kommunikation",
        "Risker", "Målgrupp", "Samverkan", "Budget", "Motiv till beslut", "Om processens roll", "Förväntade effekter", "Nästa steg", "Lärdomar", "Övrigt",
    ];

    public static readonly string[] FirstNames =
    [
        "Anna", "Bo", "Cecilia", "David", "Eva", "Fredrik", "Gunilla", "Henrik", "Ingrid", "Johan",
        "Karin", "Lars", "Maria", "Nils", "Olof", "Pia", "Åsa", "Rolf", "Sofia", "Torbjörn",
        "Ulla", "Viktor", "Ylva", "Örjan", "Linnéa", "Märta", "Göran", "Håkan", "Björn", "Sören",
    ];

    public static readonly string[] LastNames =
    [
        "Andersson", "Berg", "Ek", "Dahl", "Eriksson", "Falk", "Grön", "Holm", "Isaksson", "Jönsson",
        "Karlsson", "Lind", "Mårtensson", "Nyström", "Olsson", "Persson", "Ström", "Sjöberg", "Åberg", "Öberg",
        "Lundqvist", "Wallin", "Hedlund", "Bäckström", "Forsberg", "Sandström", "Engström", "Löfgren", "Näslund", "Ågren",
    ];

    public static readonly string[] Organisations =
    [
        "Region Örebro län", "LRF", "Lindesbergs kommun", "Coompanion Östergötland", "Hela Sverige ska leva", "Länsstyrelsen i Örebro län",
        "Uppsala universitet", "Leader Mälardalen", "Tillväxtverket", "Jordbruksverket", "Region Jämtland Härjedalen", "Sveriges lantbruksuniversitet",
        "Ljusdals kommun", "Region Västerbotten", "Skogsstyrelsen", "Vi Unga", "Sametinget", "Glesbygdsverket", "Region Gävleborg", "Torsby kommun",
    ];

    public static readonly string[] Processes =
    [
        "KEEN", "Projektberedskap", "Innovationsfrämjande strukturer", "Lokal service", "Bygdekontor", "Smarta byar", "Grön omställning",
        "Lokal matproduktion", "Unga på landsbygden", "Kollektivtrafik på landsbygden", "Bredband till alla", "Cirkulär ekonomi",
        "Besöksnäring året runt", "Kompetensförsörjning", "Hållbart skogsbruk", "Vatten och klimat", "Kulturarv som resurs",
        "Äldres trygghet", "Företagande på landsbygden", "Servicepunkter", "Inflyttning och mottagande", "Lokala energilösningar",
        "Civilsamhällets villkor", "Digital delaktighet", "Mobilitet i glesbygd", "Bostäder på landsbygden", "Naturturism",
        "Samverkan i fjällen", "Livsmedelsstrategi", "Öppna data", "Byalag i samverkan", "Lärande nätverk", "Hälsa i glesbygd",
        "Integration genom föreningsliv", "Kustnära näringar", "Skärgårdens framtid", "Värdeskapande jordbruk", "Rennäring och samverkan",
        "Landsbygdssäkring", "Mötesplatser", "Småskalig turism", "Ungas inflytande",
    ];

    public static readonly string[] Places = ["Digitalt", "Örebro", "Uppsala", "Lindesberg", "Östersund", "Umeå", "Gävle", "Torsby", "Stockholm"];

    public static readonly string[] MeetingTitles = ["Styrgruppsmöte", "Styrgruppsmöte", "Styrgruppsmöte", "Extra styrgruppsmöte", "Styrgruppsmöte med arbetsgrupperna"];

    public static readonly string[] Times = ["09.00–11.00", "10.00–12.00", "13.00–15.00", "13.00–16.00", "14.00–16.30", "09.30–12.00"];

    public static readonly string[] Topics =
    [
        "kommunikationsplanen", "verksamhetsplanen", "årets uppföljning", "nätverkets hemsida", "kommande konferens", "arbetsgruppernas arbete",
        "utvärderingen", "nationella landsbygdsnätverket", "regionala samråd", "omvärldsbevakning", "tidsplanen för hösten", "medlemsmötet",
        "kunskapsspridning", "ansökningsomgången", "delrapporten", "samarbetet med regionerna", "lärande utvärdering", "styrgruppens arbetsordning",
    ];
}
