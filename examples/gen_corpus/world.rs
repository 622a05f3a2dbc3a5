//! The world the reports describe: places, outlets, invented local officials and residents,
//! and the real office holders whose titles the reports use, with the dates of their terms.
//!
//! Events are invented; places and office holders are real, so that titles can be checked
//! against the record of facts the checker ships.

use jiff::civil::{Date, date};

/// A Ukrainian city that drone and missile attacks hit.
#[derive(Debug)]
pub struct City {
    pub name: &'static str,
    /// How a report introduces it: "the capital", "the northeastern city of Kharkiv".
    pub described: &'static str,
    /// Population before the full-scale invasion, in thousands.
    pub population_k: u64,
    /// Rough distance in km to the front line or the Russian border, for background sentences.
    pub distance_km: u64,
    pub distance_to: &'static str,
}

pub const CITIES: &[City] = &[
    City {
        name: "Kyiv",
        described: "the capital",
        population_k: 2950,
        distance_km: 400,
        distance_to: "the front line",
    },
    City {
        name: "Kharkiv",
        described: "the northeastern city of Kharkiv",
        population_k: 1430,
        distance_km: 30,
        distance_to: "the Russian border",
    },
    City {
        name: "Odesa",
        described: "the Black Sea port of Odesa",
        population_k: 1010,
        distance_km: 150,
        distance_to: "the front line",
    },
    City {
        name: "Dnipro",
        described: "the central-eastern city of Dnipro",
        population_k: 970,
        distance_km: 100,
        distance_to: "the front line",
    },
    City {
        name: "Zaporizhzhia",
        described: "the southeastern city of Zaporizhzhia",
        population_k: 710,
        distance_km: 30,
        distance_to: "the front line",
    },
    City {
        name: "Lviv",
        described: "the western city of Lviv",
        population_k: 720,
        distance_km: 70,
        distance_to: "the Polish border",
    },
    City {
        name: "Sumy",
        described: "the northeastern city of Sumy",
        population_k: 260,
        distance_km: 30,
        distance_to: "the Russian border",
    },
    City {
        name: "Poltava",
        described: "the central city of Poltava",
        population_k: 280,
        distance_km: 150,
        distance_to: "the Russian border",
    },
    City {
        name: "Chernihiv",
        described: "the northern city of Chernihiv",
        population_k: 280,
        distance_km: 60,
        distance_to: "the Russian border",
    },
    City {
        name: "Kryvyi Rih",
        described: "the central city of Kryvyi Rih",
        population_k: 600,
        distance_km: 70,
        distance_to: "the front line",
    },
    City {
        name: "Mykolaiv",
        described: "the southern city of Mykolaiv",
        population_k: 470,
        distance_km: 60,
        distance_to: "the front line",
    },
    City {
        name: "Kherson",
        described: "the southern city of Kherson",
        population_k: 280,
        distance_km: 5,
        distance_to: "the Dnipro river front line",
    },
    City {
        name: "Ternopil",
        described: "the western city of Ternopil",
        population_k: 220,
        distance_km: 120,
        distance_to: "the Polish border",
    },
    City {
        name: "Vinnytsia",
        described: "the central city of Vinnytsia",
        population_k: 370,
        distance_km: 250,
        distance_to: "the Moldovan border",
    },
    City {
        name: "Zhytomyr",
        described: "the northwestern city of Zhytomyr",
        population_k: 260,
        distance_km: 140,
        distance_to: "the Belarusian border",
    },
    City {
        name: "Khmelnytskyi",
        described: "the western city of Khmelnytskyi",
        population_k: 270,
        distance_km: 200,
        distance_to: "the Moldovan border",
    },
    City {
        name: "Rivne",
        described: "the northwestern city of Rivne",
        population_k: 240,
        distance_km: 100,
        distance_to: "the Belarusian border",
    },
    City {
        name: "Lutsk",
        described: "the northwestern city of Lutsk",
        population_k: 215,
        distance_km: 90,
        distance_to: "the Polish border",
    },
    City {
        name: "Cherkasy",
        described: "the central city of Cherkasy",
        population_k: 270,
        distance_km: 300,
        distance_to: "the front line",
    },
    City {
        name: "Kremenchuk",
        described: "the central city of Kremenchuk",
        population_k: 215,
        distance_km: 250,
        distance_to: "the front line",
    },
    City {
        name: "Kropyvnytskyi",
        described: "the central city of Kropyvnytskyi",
        population_k: 220,
        distance_km: 200,
        distance_to: "the front line",
    },
    City {
        name: "Bila Tserkva",
        described: "the town of Bila Tserkva south of Kyiv",
        population_k: 200,
        distance_km: 80,
        distance_to: "the capital",
    },
    City {
        name: "Uman",
        described: "the central town of Uman",
        population_k: 80,
        distance_km: 200,
        distance_to: "Kyiv",
    },
    City {
        name: "Pavlohrad",
        described: "the eastern town of Pavlohrad",
        population_k: 100,
        distance_km: 80,
        distance_to: "the front line",
    },
    City {
        name: "Kramatorsk",
        described: "the eastern city of Kramatorsk",
        population_k: 150,
        distance_km: 20,
        distance_to: "the front line",
    },
    City {
        name: "Sloviansk",
        described: "the eastern city of Sloviansk",
        population_k: 105,
        distance_km: 15,
        distance_to: "the front line",
    },
    City {
        name: "Izmail",
        described: "the Danube port of Izmail",
        population_k: 70,
        distance_km: 5,
        distance_to: "the Romanian border",
    },
    City {
        name: "Chornomorsk",
        described: "the port town of Chornomorsk",
        population_k: 60,
        distance_km: 20,
        distance_to: "Odesa",
    },
    City {
        name: "Konotop",
        described: "the northern town of Konotop",
        population_k: 85,
        distance_km: 70,
        distance_to: "the Russian border",
    },
    City {
        name: "Brovary",
        described: "the town of Brovary east of Kyiv",
        population_k: 110,
        distance_km: 20,
        distance_to: "the capital",
    },
    City {
        name: "Ivano-Frankivsk",
        described: "the western city of Ivano-Frankivsk",
        population_k: 240,
        distance_km: 130,
        distance_to: "the Romanian border",
    },
    City {
        name: "Nikopol",
        described: "the riverside town of Nikopol",
        population_k: 105,
        distance_km: 10,
        distance_to: "the Russian-held bank of the river",
    },
];

/// A country or region hit by a natural disaster in an invented event.
pub struct DisasterPlace {
    pub country: &'static str,
    /// The country's adjective: "Turkish".
    pub adjective: &'static str,
    /// Towns near the centre of the disaster; the first word of the dateline.
    pub towns: &'static [&'static str],
    /// How a report names the area: "eastern Turkey".
    pub area: &'static str,
    pub agency: &'static str,
}

pub const QUAKE_PLACES: &[DisasterPlace] = &[
    DisasterPlace {
        country: "Turkey",
        adjective: "Turkish",
        towns: &["Malatya", "Elazig", "Erzincan", "Adiyaman", "Van"],
        area: "eastern Turkey",
        agency: "the disaster management agency AFAD",
    },
    DisasterPlace {
        country: "Nepal",
        adjective: "Nepali",
        towns: &["Jajarkot", "Dailekh", "Bajhang", "Gorkha"],
        area: "western Nepal",
        agency: "the National Disaster Risk Reduction and Management Authority",
    },
    DisasterPlace {
        country: "Afghanistan",
        adjective: "Afghan",
        towns: &["Herat", "Jalalabad", "Asadabad"],
        area: "eastern Afghanistan",
        agency: "the national disaster authority",
    },
    DisasterPlace {
        country: "Indonesia",
        adjective: "Indonesian",
        towns: &["Cianjur", "Mamuju", "Palu", "Lombok"],
        area: "the island of Sulawesi",
        agency: "the National Disaster Mitigation Agency",
    },
    DisasterPlace {
        country: "the Philippines",
        adjective: "Philippine",
        towns: &["Davao", "Cebu", "Surigao", "Bogo"],
        area: "the southern Philippines",
        agency: "the Office of Civil Defense",
    },
    DisasterPlace {
        country: "Peru",
        adjective: "Peruvian",
        towns: &["Arequipa", "Ayacucho", "Moquegua"],
        area: "southern Peru",
        agency: "the civil defence institute",
    },
    DisasterPlace {
        country: "Mexico",
        adjective: "Mexican",
        towns: &["Oaxaca", "Juchitan", "Acapulco"],
        area: "southern Mexico",
        agency: "the civil protection agency",
    },
    DisasterPlace {
        country: "Myanmar",
        adjective: "Myanmar",
        towns: &["Sagaing", "Mandalay", "Meiktila"],
        area: "central Myanmar",
        agency: "the state disaster committee",
    },
    DisasterPlace {
        country: "Morocco",
        adjective: "Moroccan",
        towns: &["Taroudant", "Amizmiz", "Chichaoua"],
        area: "the High Atlas mountains",
        agency: "the interior ministry",
    },
    DisasterPlace {
        country: "Ecuador",
        adjective: "Ecuadorian",
        towns: &["Machala", "Cuenca", "Esmeraldas"],
        area: "southern Ecuador",
        agency: "the national risk management service",
    },
];

pub const FLOOD_PLACES: &[DisasterPlace] = &[
    DisasterPlace {
        country: "Pakistan",
        adjective: "Pakistani",
        towns: &["Sukkur", "Larkana", "Swat", "Dera Ismail Khan"],
        area: "southern Pakistan",
        agency: "the National Disaster Management Authority",
    },
    DisasterPlace {
        country: "Bangladesh",
        adjective: "Bangladeshi",
        towns: &["Sylhet", "Sunamganj", "Feni", "Kurigram"],
        area: "northeastern Bangladesh",
        agency: "the disaster management ministry",
    },
    DisasterPlace {
        country: "India",
        adjective: "Indian",
        towns: &["Guwahati", "Silchar", "Dibrugarh"],
        area: "the northeastern state of Assam",
        agency: "the state disaster management authority",
    },
    DisasterPlace {
        country: "Nigeria",
        adjective: "Nigerian",
        towns: &["Maiduguri", "Mokwa", "Lokoja"],
        area: "northern Nigeria",
        agency: "the National Emergency Management Agency",
    },
    DisasterPlace {
        country: "Brazil",
        adjective: "Brazilian",
        towns: &["Porto Alegre", "Canoas", "Lajeado"],
        area: "the southern state of Rio Grande do Sul",
        agency: "the state civil defence service",
    },
    DisasterPlace {
        country: "Spain",
        adjective: "Spanish",
        towns: &["Valencia", "Paiporta", "Alzira"],
        area: "eastern Spain",
        agency: "the regional emergency service",
    },
    DisasterPlace {
        country: "Kenya",
        adjective: "Kenyan",
        towns: &["Garissa", "Mai Mahiu", "Kisumu"],
        area: "central Kenya",
        agency: "the national disaster operations centre",
    },
    DisasterPlace {
        country: "Vietnam",
        adjective: "Vietnamese",
        towns: &["Lao Cai", "Yen Bai", "Cao Bang"],
        area: "northern Vietnam",
        agency: "the disaster management authority",
    },
    DisasterPlace {
        country: "Romania",
        adjective: "Romanian",
        towns: &["Galati", "Slobozia", "Pechea"],
        area: "eastern Romania",
        agency: "the emergency situations inspectorate",
    },
    DisasterPlace {
        country: "Libya",
        adjective: "Libyan",
        towns: &["Derna", "Al Bayda", "Susa"],
        area: "eastern Libya",
        agency: "the emergency medical centre",
    },
];

/// Sudanese cities hit in invented attacks of the war that began in April 2023.
pub const SUDAN_CITIES: &[&str] = &[
    "Port Sudan",
    "Omdurman",
    "El Obeid",
    "Kosti",
    "Atbara",
    "Kassala",
    "El Fasher",
    "Kadugli",
    "Dongola",
    "Sennar",
];

/// Outlet names are two invented halves, so that no name is a real publication's.
pub const OUTLET_FIRST: &[&str] = &[
    "Northern",
    "Meridian",
    "Baltic",
    "Amber Coast",
    "Kestrel",
    "Harbourline",
    "Eastgate",
    "Coastline",
    "Highland",
    "Lotus Bay",
    "Gull Island",
    "Marrowby",
    "Fenwick Bay",
    "Stonereach",
    "Larkmoor",
    "Silverfen",
    "Greywater",
    "Brightwell",
    "Redcliff",
    "Westmarch",
    "Thornbury",
    "Ashcombe",
    "Rookhaven",
    "Blue Estuary",
    "Copperfield",
    "Iron Bridge",
    "Saltmarsh",
    "Windmere",
    "Oakvale",
    "Pinecrest",
    "Far Shore",
    "Lantern Hill",
    "Cinder Bay",
    "Mistral",
    "Granite Coast",
    "Driftwood",
    "Falcon Ridge",
    "Tidewater",
    "Heronsgate",
    "Quarry Lane",
];

pub const OUTLET_SECOND: &[&str] = &[
    "Ledger",
    "Post",
    "Courier",
    "Wire Service",
    "Chronicle",
    "Gazette",
    "Herald",
    "Dispatch",
    "Bulletin",
    "Observer",
    "Relay",
    "Tribune",
    "Journal",
    "Record",
    "Sentinel",
    "Monitor",
    "Review",
    "Standard",
    "News Agency",
    "Daily",
];

pub const FIRST_NAMES: &[&str] = &[
    "Oleh",
    "Ivan",
    "Serhiy",
    "Vadym",
    "Olena",
    "Iryna",
    "Oksana",
    "Mykola",
    "Taras",
    "Yuliia",
    "Dmytro",
    "Roman",
    "Halyna",
    "Natalia",
    "Viktor",
    "Bohdan",
    "Larysa",
    "Yaroslav",
    "Kateryna",
    "Andrii",
    "Svitlana",
    "Petro",
    "Maksym",
    "Tetiana",
    "Hanna",
    "Artem",
    "Liudmyla",
    "Volodymyr",
];

/// Surnames of invented officials and residents; `VARIANTS` pairs some with a second
/// transliteration.
pub const SURNAMES: &[&str] = &[
    "Bilyk",
    "Hrytsenko",
    "Marchuk",
    "Kravets",
    "Lysenko",
    "Moroz",
    "Savchuk",
    "Tkachenko",
    "Polishchuk",
    "Bondar",
    "Rudenko",
    "Shevchuk",
    "Melnychuk",
    "Kuzmenko",
    "Yaremchuk",
    "Zhuk",
    "Pavlenko",
    "Dovzhenko",
    "Horbach",
    "Onyshchenko",
    "Prokudin",
    "Fedorenko",
    "Kovalchuk",
    "Ostapenko",
    "Didenko",
    "Nazarenko",
    "Ivashko",
    "Chornyi",
    "Antoniuk",
    "Levchenko",
    "Tymoshchuk",
    "Vakulenko",
    "Ermak",
    "Sydorenko",
    "Gnatyuk",
    "Ulianenko",
];

/// A second spelling of an invented surname, close enough that a reader (and the checker's
/// name matching) takes both for one person.
pub const VARIANTS: &[(&str, &str)] = &[
    ("Prokudin", "Prokudyn"),
    ("Tkachenko", "Tkachenco"),
    ("Lysenko", "Lysenco"),
    ("Hrytsenko", "Hritsenko"),
    ("Kovalchuk", "Kovalczuk"),
    ("Shevchuk", "Shevtchuk"),
    ("Melnychuk", "Melnichuk"),
    ("Fedorenko", "Fedorenco"),
    ("Ostapenko", "Ostapenco"),
    ("Kuzmenko", "Kuzmenco"),
];

pub const OCCUPATIONS: &[&str] = &[
    "teacher",
    "nurse",
    "retired engineer",
    "shop assistant",
    "student",
    "pensioner",
    "bus driver",
    "accountant",
    "volunteer",
    "software developer",
    "caretaker",
    "pharmacist",
    "electrician",
    "librarian",
    "cook",
    "taxi driver",
];

/// A real person whose titles reports use; `spellings` are the outlets' transliterations of the
/// full name, `surnames` the matching short forms.
pub struct Person {
    pub key: &'static str,
    pub spellings: &'static [&'static str],
    pub surnames: &'static [&'static str],
}

pub const PEOPLE: &[Person] = &[
    Person {
        key: "trump",
        spellings: &["Donald Trump"],
        surnames: &["Trump"],
    },
    Person {
        key: "biden",
        spellings: &["Joe Biden"],
        surnames: &["Biden"],
    },
    Person {
        key: "vance",
        spellings: &["JD Vance"],
        surnames: &["Vance"],
    },
    Person {
        key: "rubio",
        spellings: &["Marco Rubio"],
        surnames: &["Rubio"],
    },
    Person {
        key: "hegseth",
        spellings: &["Pete Hegseth"],
        surnames: &["Hegseth"],
    },
    Person {
        key: "witkoff",
        spellings: &["Steve Witkoff"],
        surnames: &["Witkoff"],
    },
    Person {
        key: "putin",
        spellings: &["Vladimir Putin"],
        surnames: &["Putin"],
    },
    Person {
        key: "lavrov",
        spellings: &["Sergei Lavrov", "Sergey Lavrov"],
        surnames: &["Lavrov", "Lavrov"],
    },
    Person {
        key: "peskov",
        spellings: &["Dmitry Peskov"],
        surnames: &["Peskov"],
    },
    Person {
        key: "ushakov",
        spellings: &["Yuri Ushakov", "Yury Ushakov"],
        surnames: &["Ushakov", "Ushakov"],
    },
    Person {
        key: "zelensky",
        spellings: &[
            "Volodymyr Zelensky",
            "Volodymyr Zelenskyy",
            "Volodymyr Zelenskiy",
        ],
        surnames: &["Zelensky", "Zelenskyy", "Zelenskiy"],
    },
    Person {
        key: "sybiha",
        spellings: &["Andrii Sybiha", "Andriy Sybiha"],
        surnames: &["Sybiha", "Sybiha"],
    },
    Person {
        key: "svyrydenko",
        spellings: &["Yulia Svyrydenko"],
        surnames: &["Svyrydenko"],
    },
    Person {
        key: "shmyhal",
        spellings: &["Denys Shmyhal"],
        surnames: &["Shmyhal"],
    },
    Person {
        key: "umerov",
        spellings: &["Rustem Umerov"],
        surnames: &["Umerov"],
    },
    Person {
        key: "klymenko",
        spellings: &["Ihor Klymenko"],
        surnames: &["Klymenko"],
    },
    Person {
        key: "klitschko",
        spellings: &["Vitali Klitschko", "Vitaliy Klitschko"],
        surnames: &["Klitschko", "Klitschko"],
    },
    Person {
        key: "kuleba",
        spellings: &["Dmytro Kuleba"],
        surnames: &["Kuleba"],
    },
    Person {
        key: "starmer",
        spellings: &["Keir Starmer"],
        surnames: &["Starmer"],
    },
    Person {
        key: "lammy",
        spellings: &["David Lammy"],
        surnames: &["Lammy"],
    },
    Person {
        key: "cooper",
        spellings: &["Yvette Cooper"],
        surnames: &["Cooper"],
    },
    Person {
        key: "johnson",
        spellings: &["Boris Johnson"],
        surnames: &["Johnson"],
    },
    Person {
        key: "macron",
        spellings: &["Emmanuel Macron"],
        surnames: &["Macron"],
    },
    Person {
        key: "bayrou",
        spellings: &["François Bayrou"],
        surnames: &["Bayrou"],
    },
    Person {
        key: "barrot",
        spellings: &["Jean-Noël Barrot"],
        surnames: &["Barrot"],
    },
    Person {
        key: "merz",
        spellings: &["Friedrich Merz"],
        surnames: &["Merz"],
    },
    Person {
        key: "scholz",
        spellings: &["Olaf Scholz"],
        surnames: &["Scholz"],
    },
    Person {
        key: "merkel",
        spellings: &["Angela Merkel"],
        surnames: &["Merkel"],
    },
    Person {
        key: "baerbock",
        spellings: &["Annalena Baerbock"],
        surnames: &["Baerbock"],
    },
    Person {
        key: "wadephul",
        spellings: &["Johann Wadephul"],
        surnames: &["Wadephul"],
    },
    Person {
        key: "rutte",
        spellings: &["Mark Rutte"],
        surnames: &["Rutte"],
    },
    Person {
        key: "stoltenberg",
        spellings: &["Jens Stoltenberg"],
        surnames: &["Stoltenberg"],
    },
    Person {
        key: "guterres",
        spellings: &["António Guterres", "Antonio Guterres"],
        surnames: &["Guterres", "Guterres"],
    },
    Person {
        key: "grossi",
        spellings: &["Rafael Grossi"],
        surnames: &["Grossi"],
    },
];

pub fn person(key: &str) -> &'static Person {
    PEOPLE
        .iter()
        .find(|p| p.key == key)
        .unwrap_or_else(|| panic!("no person {key}"))
}

/// One term of office, as the record of facts has it. `to` is the first day out of office.
#[derive(Clone, Copy, Debug)]
pub struct Term {
    pub person: &'static str,
    pub office: &'static str,
    pub jurisdiction: &'static str,
    pub from: Date,
    pub to: Option<Date>,
}

impl Term {
    pub fn covers(&self, day: Date) -> bool {
        self.from <= day && self.to.is_none_or(|to| day < to)
    }
}

/// The terms of the people above, copied from public lists of office holders.
pub fn terms() -> &'static [Term] {
    static TERMS: std::sync::LazyLock<Vec<Term>> = std::sync::LazyLock::new(term_list);
    &TERMS
}

fn term_list() -> Vec<Term> {
    let t = |person, office, jurisdiction, from: Date, to: Option<Date>| Term {
        person,
        office,
        jurisdiction,
        from,
        to,
    };
    vec![
        t(
            "trump",
            "president",
            "US",
            date(2017, 1, 20),
            Some(date(2021, 1, 20)),
        ),
        t(
            "biden",
            "president",
            "US",
            date(2021, 1, 20),
            Some(date(2025, 1, 20)),
        ),
        t("trump", "president", "US", date(2025, 1, 20), None),
        t(
            "biden",
            "vice-president",
            "US",
            date(2009, 1, 20),
            Some(date(2017, 1, 20)),
        ),
        t("vance", "vice-president", "US", date(2025, 1, 20), None),
        t("rubio", "secretary-of-state", "US", date(2025, 1, 21), None),
        t("hegseth", "defence-minister", "US", date(2025, 1, 25), None),
        t("witkoff", "special-envoy", "US", date(2025, 1, 20), None),
        t("putin", "president", "RU", date(2012, 5, 7), None),
        t("lavrov", "foreign-minister", "RU", date(2004, 3, 9), None),
        t("peskov", "press-secretary", "RU", date(2012, 5, 22), None),
        t("ushakov", "aide", "RU", date(2012, 5, 22), None),
        t("zelensky", "president", "UA", date(2019, 5, 20), None),
        t("sybiha", "foreign-minister", "UA", date(2024, 9, 5), None),
        t(
            "kuleba",
            "foreign-minister",
            "UA",
            date(2020, 3, 4),
            Some(date(2024, 9, 5)),
        ),
        t(
            "shmyhal",
            "prime-minister",
            "UA",
            date(2020, 3, 4),
            Some(date(2025, 7, 17)),
        ),
        t(
            "svyrydenko",
            "prime-minister",
            "UA",
            date(2025, 7, 17),
            Some(date(2026, 7, 16)),
        ),
        t(
            "umerov",
            "defence-minister",
            "UA",
            date(2023, 9, 6),
            Some(date(2025, 7, 17)),
        ),
        t(
            "shmyhal",
            "defence-minister",
            "UA",
            date(2025, 7, 17),
            Some(date(2026, 1, 13)),
        ),
        t(
            "klymenko",
            "interior-minister",
            "UA",
            date(2023, 2, 7),
            Some(date(2026, 7, 16)),
        ),
        t("klitschko", "mayor", "KYIV", date(2014, 6, 5), None),
        t(
            "johnson",
            "prime-minister",
            "GB",
            date(2019, 7, 24),
            Some(date(2022, 9, 6)),
        ),
        t(
            "johnson",
            "foreign-minister",
            "GB",
            date(2016, 7, 13),
            Some(date(2018, 7, 9)),
        ),
        t(
            "starmer",
            "prime-minister",
            "GB",
            date(2024, 7, 5),
            Some(date(2026, 7, 20)),
        ),
        t(
            "lammy",
            "foreign-minister",
            "GB",
            date(2024, 7, 5),
            Some(date(2025, 9, 5)),
        ),
        t(
            "cooper",
            "foreign-minister",
            "GB",
            date(2025, 9, 5),
            Some(date(2026, 7, 20)),
        ),
        t("macron", "president", "FR", date(2017, 5, 14), None),
        t(
            "bayrou",
            "prime-minister",
            "FR",
            date(2024, 12, 13),
            Some(date(2025, 9, 9)),
        ),
        t("barrot", "foreign-minister", "FR", date(2024, 9, 21), None),
        t(
            "merkel",
            "chancellor",
            "DE",
            date(2005, 11, 22),
            Some(date(2021, 12, 8)),
        ),
        t(
            "scholz",
            "chancellor",
            "DE",
            date(2021, 12, 8),
            Some(date(2025, 5, 6)),
        ),
        t("merz", "chancellor", "DE", date(2025, 5, 6), None),
        t(
            "baerbock",
            "foreign-minister",
            "DE",
            date(2021, 12, 8),
            Some(date(2025, 5, 6)),
        ),
        t("wadephul", "foreign-minister", "DE", date(2025, 5, 6), None),
        t(
            "stoltenberg",
            "secretary-general",
            "NATO",
            date(2014, 10, 1),
            Some(date(2024, 10, 1)),
        ),
        t(
            "rutte",
            "secretary-general",
            "NATO",
            date(2024, 10, 1),
            None,
        ),
        t(
            "guterres",
            "secretary-general",
            "UN",
            date(2017, 1, 1),
            None,
        ),
        t(
            "grossi",
            "director-general",
            "IAEA",
            date(2019, 12, 3),
            None,
        ),
    ]
}

/// How a title for an office of a jurisdiction is written before a name. The first form names
/// the jurisdiction; the others are shorter forms reporters also use.
pub fn title_forms(office: &str, jurisdiction: &str) -> &'static [&'static str] {
    match (office, jurisdiction) {
        ("president", "US") => &["US President", "U.S. President", "President"],
        ("president", "RU") => &["Russian President", "President"],
        ("president", "UA") => &["Ukrainian President", "Ukraine's President", "President"],
        ("president", "FR") => &["French President", "President"],
        ("vice-president", "US") => &["US Vice President", "Vice President"],
        ("secretary-of-state", "US") => &["US Secretary of State", "Secretary of State"],
        ("defence-minister", "US") => &["US Defense Secretary", "Defense Secretary"],
        ("defence-minister", "UA") => &["Ukrainian Defence Minister", "Defence Minister"],
        ("special-envoy", "US") => &["US special envoy", "White House envoy"],
        ("foreign-minister", "RU") => &["Russian Foreign Minister", "Foreign Minister"],
        ("foreign-minister", "UA") => &["Ukrainian Foreign Minister", "Foreign Minister"],
        ("foreign-minister", "GB") => &["British Foreign Secretary", "Foreign Secretary"],
        ("foreign-minister", "FR") => &["French Foreign Minister", "Foreign Minister"],
        ("foreign-minister", "DE") => &["German Foreign Minister", "Foreign Minister"],
        ("press-secretary", "RU") => &["Kremlin spokesman"],
        ("aide", "RU") => &["Kremlin aide"],
        ("prime-minister", "UA") => &["Ukrainian Prime Minister", "Prime Minister"],
        ("prime-minister", "GB") => &[
            "British Prime Minister",
            "UK Prime Minister",
            "Prime Minister",
        ],
        ("prime-minister", "FR") => &["French Prime Minister", "Prime Minister"],
        ("interior-minister", "UA") => &["Ukrainian Interior Minister", "Interior Minister"],
        ("mayor", "KYIV") => &["Kyiv Mayor"],
        ("chancellor", "DE") => &["German Chancellor", "Chancellor"],
        ("secretary-general", "NATO") => &["NATO Secretary General", "NATO Secretary-General"],
        ("secretary-general", "UN") => {
            &["UN Secretary-General", "United Nations Secretary-General"]
        }
        ("director-general", "IAEA") => &["IAEA Director General"],
        _ => panic!("no title forms for {office} of {jurisdiction}"),
    }
}

/// Whether a title form names its jurisdiction ("US President") or not ("President").
pub fn names_jurisdiction(form: &str) -> bool {
    form.split_whitespace().next().is_some_and(|first| {
        matches!(
            first,
            "US" | "U.S."
                | "Russian"
                | "Ukrainian"
                | "Ukraine's"
                | "French"
                | "German"
                | "British"
                | "UK"
                | "Kremlin"
                | "Kyiv"
                | "NATO"
                | "UN"
                | "United"
                | "IAEA"
                | "White"
        )
    })
}
