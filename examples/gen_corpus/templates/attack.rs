//! Reports of Russian drone and missile attacks on Ukrainian cities.

use super::common;
use super::{Pool, Section};

pub const AIR_SECTIONS: &[Section] = &[
    Section {
        pool: &AIR_LEDE,
        chance: 1.0,
    },
    Section {
        pool: &AIR_DEFENCE,
        chance: 0.8,
    },
    Section {
        pool: &CASUALTIES,
        chance: 0.9,
    },
    Section {
        pool: &common::OFFICIALS,
        chance: 0.6,
    },
    Section {
        pool: &common::UKRAINE_REACTION,
        chance: 0.8,
    },
];

pub const STRIKE_SECTIONS: &[Section] = &[
    Section {
        pool: &STRIKE_LEDE,
        chance: 1.0,
    },
    Section {
        pool: &CASUALTIES,
        chance: 0.7,
    },
    Section {
        pool: &STRIKE_RESCUE,
        chance: 0.8,
    },
    Section {
        pool: &common::OFFICIALS,
        chance: 0.6,
    },
    Section {
        pool: &common::UKRAINE_REACTION,
        chance: 0.8,
    },
];

pub const AIR_BACKGROUND: &[Pool] = &[
    DAMAGE,
    RESIDENTS,
    EARLIER,
    SEPARATE,
    ENEMY_DRONES,
    RUNNING,
    ENERGY,
    common::WAR_YEAR,
    common::DIPLOMACY,
    common::ALLIES,
    common::HISTORY,
    CITY,
    ALERTS,
    common::WEAPONS,
    common::FRONT,
    common::SANCTIONS,
    common::AIR_DEFENCE_NEEDS,
    common::SHELTERS,
    common::RECONSTRUCTION,
    common::LONG_RANGE,
    common::EXCHANGES,
    common::WINTER,
    common::UKRAINE_CLOSING,
];

pub const STRIKE_BACKGROUND: &[Pool] = &[
    DAMAGE,
    RESIDENTS,
    EARLIER,
    RUNNING,
    common::WAR_YEAR,
    common::DIPLOMACY,
    common::ALLIES,
    common::HISTORY,
    CITY,
    ALERTS,
    STRIKE_WEAPON,
    common::FRONT,
    common::SANCTIONS,
    common::AIR_DEFENCE_NEEDS,
    common::SHELTERS,
    common::RECONSTRUCTION,
    common::LONG_RANGE,
    common::EXCHANGES,
    common::UKRAINE_CLOSING,
];

const AIR_LEDE: Pool = Pool {
    closing: false,
    templates: &[
        "{DATELINE} — Russia launched {dl} and {ml} at Ukraine overnight into {weekday}, Ukraine's air force said, and {city} {pick:bore the brunt of the attack|was among the cities hit hardest|was once again the main target|reported a series of powerful explosions}.",
        "{DATELINE} — Russian forces fired {dl} and {ml} at Ukrainian cities overnight, the air force said on {pubday}, in an attack that {pick:set apartment blocks on fire in|left a trail of destruction across|knocked out power in parts of|shattered windows across} {city}.",
        "{DATELINE} — Russia attacked Ukraine with {dl} and {ml} in the early hours of {weekday}, {pick:officials said|the military said|according to the air force}, targeting {city} and {pick:several other regions|the surrounding region|energy facilities further west|towns along the front line}.",
        "{DATELINE} — A Russian drone and missile attack on {city} killed {k} and injured {i:n} overnight into {weekday}, {pick:officials said|local authorities said|the regional administration said|emergency services said}.",
        "{DATELINE} — {^k} were killed and {i:n} wounded when Russian drones and missiles struck {city} overnight, {pick:officials said|authorities said|the regional governor's office said} on {pubday}.",
        "{DATELINE} — Russia launched {dl} at Ukraine overnight, the air force said, as {city} {pick:came under attack for the third night in a row|reported explosions shortly after midnight|was hit by wave after wave of drones|spent hours under an air raid alert}.",
        "{DATELINE} — Russia unleashed {dl} and {ml} on Ukraine overnight into {weekday}, the air force said, in {pick:one of the heaviest|one of the largest|another large|the latest} combined attacks on {pick:the country|Ukrainian cities|the energy grid}.",
        "{DATELINE} — Russia launched a combined {wl} at Ukraine overnight, the air force said on {pubday}, {pick:striking residential areas of|setting fires in|damaging critical infrastructure in} {city} and other cities.",
        "{DATELINE} — Russia pounded {city} with {dl} and {ml} overnight, killing {k} and {pick:wounding|injuring} {i:n}, officials said on {pubday}.",
        "{DATELINE} — In an overnight barrage of {dl} and {ml}, Russia targeted {city} and {pick:the surrounding region|other cities across Ukraine|power plants in several regions}, {pick:officials said|the air force said|authorities reported}.",
        "{DATELINE} — Russian drones struck {city} for several hours overnight into {weekday}, killing {k} and {pick:injuring|wounding} {i:n}, {gov} said.",
        "{DATELINE} — Explosions echoed across {city} overnight as Russia sent {dl} against Ukraine, the air force said, {pick:with|and} local officials {pick:reporting|describing} damage in several districts.",
        "{DATELINE} — Russia fired {ml} and {dl} at Ukraine in the early hours of {weekday}, the air force said, and {city} {pick:was among the worst hit|suffered the heaviest damage|reported casualties}.",
        "{DATELINE} — Residents of {city} spent another night in shelters after Russia launched {dl} and {ml} at the country, the air force said on {pubday}.",
        "{DATELINE} — Ukraine's air force said Russia had launched {dl} and {ml} overnight, {pick:targeting|striking} {city} and {pick:at least five other regions|the west of the country|energy infrastructure in several regions}.",
        "{DATELINE} — According to {gov}, {k} were killed and {i:n} wounded in an overnight Russian attack on {city}.",
    ],
};

const STRIKE_LEDE: Pool = Pool {
    closing: false,
    templates: &[
        "{DATELINE} — A Russian ballistic missile strike on {described} killed {k} and injured {i:n} on {weekday}, {pick:officials said|local authorities said|the regional administration said}.",
        "{DATELINE} — Russia fired {ml} at {city} on {weekday}, hitting {pick:an apartment block|a five-storey residential building|a busy street near the city centre|a shopping centre}, {pick:officials said|the mayor said|emergency services said}.",
        "{DATELINE} — {^k} were killed when a Russian missile hit {pick:an apartment block|a residential building|a university building|a bus station} in {city} on {weekday}, {pick:officials said|the emergency service said|local authorities said}.",
        "{DATELINE} — Rescuers were searching the rubble of {pick:an apartment block|a residential building|a nine-storey building} in {city} on {pubday} after a Russian missile strike that killed {k} and wounded {i:n}.",
        "{DATELINE} — Russian forces struck {city} with {ml} on {weekday}, killing {k} and {pick:injuring|wounding} {i:n}, {gov} said.",
        "{DATELINE} — A Russian missile attack on {described} left {k} dead and {i:n} injured on {weekday}, {pick:officials said|authorities said|the regional governor said}.",
    ],
};

const AIR_DEFENCE: Pool = Pool {
    closing: false,
    templates: &[
        "Air {defences} shot down {di} and {mi}, the air force said.",
        "Ukraine's air force said it had intercepted {di} and {mi}, and a further {dj:n/add} drones were {pick:lost to jamming|neutralised through jamming|neutralised by jamming}.",
        "Air {defences} {pick:downed|destroyed|shot down} {di:n/part} of the drones and {mi:n/part} of the missiles, {pick:the air force said|according to the military|the air force said on Telegram}.",
        "The air force said {di} had been shot down, while {db:n} drones {pick:got through|breached air defences} and hit targets in {pick:several regions|four regions|the centre and west of the country}.",
        "Ukrainian units intercepted {di} and {mi}, according to the air force, but strikes were recorded at {num:8-25} locations.",
        "Air {defences} {pick:intercepted|shot down|neutralised} {di} overnight, the air force said.",
        "The air force said air {defences} had destroyed {di}, and a further {dj:n/add} were suppressed by electronic warfare.",
        "The military said air {defences} had {pick:downed|destroyed} {di} and {mi} by morning.",
        "The air force said {db} got through, hitting {pick:residential buildings|an industrial site|energy facilities} in {num:3-12} regions.",
        "The air force said it had downed {di:n/part} of the {dl:x/whole} drones, {pick:most of them over the centre and north|and that several had been lost to jamming|without giving details of where the rest fell}.",
        "Air {defences} shot down {di}, the air force said, adding that {dj:n} more were {pick:lost to jamming|neutralised by jamming}.",
    ],
};

const CASUALTIES: Pool = Pool {
    closing: false,
    templates: &[
        "{^k} were killed and {i:n} injured in {city}, {gov} said.",
        "The attack killed {k}, including {ck}, and wounded {i:n} others, {gov} said.",
        "In {city}, {k} were killed and {i} were injured, {pick:the regional administration said|emergency services said|the city's military administration said}.",
        "{^gov} said {k} had died and {i:n} were {pick:hurt|wounded|injured}.",
        "The death toll in {city} rose to {k:x} on {pubday}, {gov} said. {^i} were injured.",
        "{^i} were wounded, among them {ci}, {pick:officials said|the regional administration said|according to local authorities}.",
        "Among the injured were {ci}, {pick:officials said|according to local authorities|the regional governor's office said}.",
        "{^k} died and {i:n} were injured in the attack, {pick:the emergency service said|emergency services said|police said}.",
        "{^gov} said the attack had killed {k} and injured {i:n}, including {ci}.",
        "The strikes killed {k} in {city}, including {ck}, {pick:officials said|the mayor said|the regional administration said}.",
        "{^i} were hurt in the attack, {pick:officials said|authorities said|the city administration said}, and {pick:several|many} were taken to hospital.",
        "{^k} were killed, {gov} said, adding that {i:n} had been injured.",
        "According to {gov}, {k} were killed and {i:n} wounded.",
        "{^k} lost their lives in the attack, {pick:officials said|the regional administration said|local authorities said}.",
        "Among the dead were {ck}, {pick:officials said|the regional governor's office said|according to the city administration}.",
    ],
};

const STRIKE_RESCUE: Pool = Pool {
    closing: false,
    templates: &[
        "Rescuers worked through the night, and {rs} were pulled from the rubble alive, {pick:the emergency service said|emergency services said}.",
        "Emergency workers said {rs} were rescued from the damaged building.",
        "The missile {pick:collapsed|tore through} {pick:part of the building|two floors of the block|an entire section of the block}, and rescuers recovered the bodies of several victims during the night, {pick:officials said|the emergency service said}.",
        "Air {defences} shot down {mi:n/part} of the missiles, the air force said, but the rest hit the city.",
        "{^rs} were rescued from the rubble, {pick:emergency services said|the emergency service said|officials said}.",
    ],
};

const STRIKE_WEAPON: Pool = Pool {
    closing: false,
    templates: &[
        "The air force said the city was hit by {pick:Iskander-M ballistic missiles|S-300 missiles|Kh-22 cruise missiles|North Korean-made KN-23 missiles}, which {pick:fly too fast for most air defences to stop|reach their targets within minutes of launch|give residents almost no warning}.",
        "{^city} lies within range of Russian ballistic missiles fired from across the border, and air raid sirens often sound only {pick:seconds|a minute or two} before an impact.",
    ],
};

const DAMAGE: Pool = Pool {
    closing: false,
    templates: &[
        "The strikes damaged {num:3-40} residential buildings, {word:2-6} schools and a {pick:kindergarten|hospital|clinic|shopping centre}, {pick:city officials said|the mayor's office said|local authorities said}.",
        "Fires broke out in {pick:several districts|three districts|the city centre}, and {pick:dozens of|more than a dozen|a number of} cars were burned out in a courtyard, {pick:officials said|according to emergency services}.",
        "Photographs released by emergency services showed {pick:a gaping hole in the side of a nine-storey building|firefighters working on the roof of a burning block|rescuers carrying a woman out of a collapsed stairwell}.",
        "{pick:Windows were blown out|Roofs were torn off|Balconies collapsed} in {pick:nearby buildings|homes several streets away|a block of flats across the road}, and {pick:glass|debris} covered the {pick:pavements|courtyards|streets} in the morning.",
        "A {pick:warehouse|grain terminal|railway depot|power substation} on the edge of the city was {pick:set on fire|badly damaged|hit}, {pick:the regional administration said|officials said}.",
        "City workers were boarding up windows on {pubday}, and {pick:volunteers|neighbours|municipal crews} cleared glass from the streets around the {pick:damaged|gutted} buildings.",
    ],
};

const RESIDENTS: Pool = Pool {
    closing: false,
    templates: &[
        "\"{pick:We heard a whistle and then the windows blew in|The whole building shook|I grabbed the children and ran to the corridor|It was the loudest night since the war started}\", said {resident}, {a_age}-year-old {job} who lives {pick:nearby|on the fifth floor|across the street|in the next block}.",
        "{resident}, {a_job} from the same street, had spent the night in the corridor of the flat. \"{pick:We are tired, but we are not leaving|You never get used to it|Every night we wonder whether it will be our building}\", {resident_first} said.",
        "In the courtyard of the damaged building, {resident} swept up broken glass. \"{pick:My neighbours are still in hospital|We were lucky this time|There is nothing left of my kitchen}\", said {resident_first}, {a_age}-year-old {job}.",
        "\"{pick:The blast threw me out of bed|I thought the ceiling would come down|My daughter is still shaking}\", {resident}, {a_age}-year-old {job}, told reporters outside the building.",
    ],
};

const EARLIER: Pool = Pool {
    closing: false,
    templates: &[
        "{pick:Last month|Earlier this month|A week earlier}, a Russian {pick:drone|missile} attack on the city killed {e.k} and injured {e.i:n}.",
        "In {earlier_month}, a Russian strike on the city killed {e.k}, one of the deadliest attacks on {city} {pick:that year|since the invasion}.",
        "{pick:Last month|Earlier this month}, {e.k} were killed in a strike on {pick:the same district|a nearby neighbourhood|the city centre}.",
        "In {earlier_month}, {e.k} died when a Russian missile hit {pick:a residential block|a shopping centre|a railway station} in the city, and {e.i:n} were wounded.",
    ],
};

const SEPARATE: Pool = Pool {
    closing: false,
    templates: &[
        "In a separate attack on {pick:the southern city of Kherson|a village near the front line|a town in the east}, Russian {pick:shelling|drones|guided bombs} killed {s.k} and wounded {s.i:n}, {pick:local officials said|the regional administration said}.",
        "In a separate strike, {s.k} were killed and {s.i:n} injured when {pick:a drone hit a car|shells hit a market|a glide bomb struck a village} {pick:near the front line|in the east|further south}, officials said.",
    ],
};

const ENEMY_DRONES: Pool = Pool {
    closing: false,
    templates: &[
        "Russia's Defence Ministry said its air {defences} had destroyed {u.di} over {pick:Russian regions|the Bryansk, Kursk and Belgorod regions|the Black Sea|southern Russia} overnight.",
        "Moscow said its forces had shot down {u.di} overnight, {pick:some of them over the Moscow region|most of them over border regions|several of them near Moscow}.",
        "The Russian Defence Ministry said on {pubday} that air {defences} had downed {u.di} over Russian territory.",
    ],
};

const RUNNING: Pool = Pool {
    closing: false,
    templates: &[
        "Russia has launched {c.dl} at Ukraine {pick:since the start of the year|so far this year}, according to {pick:an analysis of air force data|figures published by the air force|a count of air force statements}.",
        "The UN human rights monitoring mission in Ukraine says {c.k} have been killed since the full-scale invasion began.",
        "According to the United Nations, {c.k} have been killed in Ukraine since the start of the full-scale invasion, {pick:most of them|many of them} in {pick:missile and drone attacks|shelling}.",
    ],
};

const ENERGY: Pool = Pool {
    closing: false,
    templates: &[
        "Power was cut to about {fact:10-90},000 households in the region, the grid operator said, and repair crews were working to restore supplies.",
        "The attack {pick:damaged|knocked out} a {pick:thermal power plant|substation|gas production facility} in the region, {pick:the energy ministry said|the grid operator said}, and {pick:emergency|rolling} blackouts were introduced in {num:3-9} regions.",
        "Ukraine's energy system has been hit repeatedly since the autumn, and engineers say {pick:some plants|several substations} have been rebuilt {pick:more than once|two or three times}.",
        "Water supplies were interrupted in {pick:parts of the city|the left-bank districts|several districts} after a pumping station lost power, {pick:the city council said|the mayor's office said}.",
    ],
};

const CITY: Pool = Pool {
    closing: false,
    templates: &[
        "{^city}, which had about {population} residents before the war, lies some {distance} km from {distance_to}.",
        "Before the full-scale invasion {city} was home to about {population} people, and {pick:many|thousands} of those who fled in {pick:2022|the first months of the war} have since returned.",
        "Lying some {distance} km from {distance_to}, {city} has been a frequent target of Russian {pick:drones|missiles|glide bombs} throughout the war.",
    ],
};

const ALERTS: Pool = Pool {
    closing: false,
    templates: &[
        "Air raid alerts in {city} lasted {pick:more than|nearly|about} {word:2-7} hours, and {pick:the metro|underground stations|basements} filled with people {pick:sheltering from the attack|waiting for the all-clear}.",
        "The alert was lifted shortly after {hour}, {pick:the city administration said|officials said}, though {pick:drones|reconnaissance drones} were still reported over the region later in the morning.",
        "Explosions were first heard at about {hour}, {pick:residents said|local media reported}, and the attack went on until {pick:dawn|the early morning|shortly before sunrise}.",
    ],
};
