//! Reports of earthquakes and floods.

use super::{Pool, Section};

pub const QUAKE_SECTIONS: &[Section] = &[
    Section {
        pool: &QUAKE_LEDE,
        chance: 1.0,
    },
    Section {
        pool: &TOLL,
        chance: 0.9,
    },
    Section {
        pool: &RESCUE,
        chance: 0.8,
    },
    Section {
        pool: &EVACUATION,
        chance: 0.6,
    },
];

pub const FLOOD_SECTIONS: &[Section] = &[
    Section {
        pool: &FLOOD_LEDE,
        chance: 1.0,
    },
    Section {
        pool: &TOLL,
        chance: 0.9,
    },
    Section {
        pool: &FLOOD_RESCUE,
        chance: 0.8,
    },
    Section {
        pool: &EVACUATION,
        chance: 0.8,
    },
];

pub const QUAKE_BACKGROUND: &[Pool] = &[
    GEOLOGY,
    AFTERSHOCKS,
    QUAKE_HISTORY,
    SHELTER,
    SURVIVORS,
    AID,
    DAMAGE,
    WEATHER,
    BUILDINGS,
    LOGISTICS,
    HEALTH,
    ECONOMY,
    TEAMS,
    GOVERNMENT,
    TRANSPORT,
    SCHOOLS,
    CLOSING,
];

pub const FLOOD_BACKGROUND: &[Pool] = &[
    RAIN,
    FLOOD_HISTORY,
    SHELTER,
    SURVIVORS,
    AID,
    DAMAGE,
    CLIMATE,
    LOGISTICS,
    HEALTH,
    ECONOMY,
    GOVERNMENT,
    TRANSPORT,
    SCHOOLS,
    FARMS,
    DAMS,
    FORECAST,
    CLOSING,
];

const QUAKE_LEDE: Pool = Pool {
    closing: false,
    templates: &[
        "{DATELINE} — A magnitude {mag} earthquake struck {area} on {weekday}, killing {k} and injuring {i:n}, {agency} said.",
        "{DATELINE} — {^k} were killed and {i:n} injured when a {pick:powerful|shallow|strong} earthquake shook {area} on {weekday}, according to {agency}.",
        "{DATELINE} — Rescuers searched through collapsed buildings on {pubday} after an earthquake of magnitude {mag} hit {area}, killing {k}, {agency} said.",
        "{DATELINE} — A {pick:powerful|strong|shallow} earthquake {pick:rocked|shook|struck} {area} on {weekday}, {pick:toppling buildings|flattening villages|bringing down homes} and killing {k}, {agency} said.",
        "{DATELINE} — The death toll from {weekday}'s earthquake rose to {k:x} on {pubday}, {agency} said, {pick:as rescuers pulled more bodies from the rubble|as hopes of finding survivors faded|as families spent another night outdoors}.",
    ],
};

const FLOOD_LEDE: Pool = Pool {
    closing: false,
    templates: &[
        "{DATELINE} — Flash floods swept through {area} on {weekday}, killing {k} and forcing thousands from their homes, {agency} said.",
        "{DATELINE} — {^k} were killed and {ms:n} were still missing after days of torrential rain caused floods across {area}, {agency} said on {pubday}.",
        "{DATELINE} — Floodwaters {pick:submerged villages|cut off roads|swept away bridges} across {area} on {weekday}, and {k} were killed, {agency} said.",
        "{DATELINE} — Heavy monsoon rains triggered floods and landslides in {area}, killing {k}, according to {agency}.",
        "{DATELINE} — The death toll rose to {k:x} on {pubday} after floods swept through {area}, {agency} said, {pick:as rivers continued to rise|as rescuers reached cut-off villages|with more rain forecast}.",
    ],
};

const TOLL: Pool = Pool {
    closing: false,
    templates: &[
        "The death toll rose to {k:x} by {pubday}, and {ms} were still missing, {pick:officials said|the agency said}.",
        "{^k} have died and {i} were injured, {agency} said.",
        "Officials said {k} had lost their lives and {i:n} had been injured.",
        "{^ms} were still missing, and {pick:officials|local authorities} feared the toll would rise.",
        "The agency said {i} were injured, {pick:many|some} of them seriously.",
        "{^k} died, {agency} said in its latest update.",
        "Authorities put the death toll at {k:x} on {pubday}, and {pick:said it was likely to rise|warned that many villages had not yet been reached}.",
        "The number of confirmed deaths reached {k:x}, {agency} said.",
        "Among the dead were {ck}, {pick:officials said|the agency said}.",
        "Hospitals in the region were treating {i} injured in the disaster, {pick:health officials said|doctors said}.",
        "The dead included {ck}, {pick:officials said|the agency said}.",
    ],
};

const RESCUE: Pool = Pool {
    closing: false,
    templates: &[
        "{^rs} were pulled from the rubble alive, {pick:the agency said|rescue teams said|officials said}.",
        "Rescue teams with sniffer dogs searched collapsed buildings through the night, and {rs} were rescued, {agency} said.",
        "Soldiers and volunteers joined the search, digging with {pick:shovels and bare hands|excavators|hand tools} through the {pick:rubble|debris} of {pick:homes|apartment blocks|mud-brick houses}.",
    ],
};

const FLOOD_RESCUE: Pool = Pool {
    closing: false,
    templates: &[
        "{^rs} were rescued from rooftops and trees by boat and helicopter, {agency} said.",
        "Soldiers used boats to reach {pick:villages cut off by the water|families stranded on rooftops}, and {rs} were rescued, {pick:the army said|officials said}.",
        "Rescuers in boats {pick:searched flooded streets|ferried residents to higher ground} through the night.",
    ],
};

const EVACUATION: Pool = Pool {
    closing: false,
    templates: &[
        "{^ev} were evacuated from {pick:damaged buildings|villages near the epicentre|low-lying areas|homes along the river}, {agency} said.",
        "Authorities said {ev} had been evacuated and were staying in {pick:tents|schools|sports halls} and with relatives.",
        "More than {round:20-90} temporary shelters were opened, and {ev} were evacuated, {pick:officials said|the agency said}.",
    ],
};

const GEOLOGY: Pool = Pool {
    closing: false,
    templates: &[
        "The quake struck at a depth of {fact:8-40} km at {hour}, {pick:the US Geological Survey said|seismologists said|according to the national seismological centre}.",
        "Its epicentre was about {fact:10-80} km from {city}, {pick:seismologists said|according to the geological survey}, and the shaking was felt {pick:hundreds of kilometres away|in neighbouring countries|in the capital}.",
        "The region sits on {pick:an active fault line|the boundary of two tectonic plates|one of the most seismically active zones in the world}, and {pick:strong earthquakes are frequent|building codes are often ignored|many older homes are built of mud brick}.",
    ],
};

const AFTERSHOCKS: Pool = Pool {
    closing: false,
    templates: &[
        "More than {round:40-300} aftershocks followed, the strongest of magnitude {mag}, {pick:the agency said|seismologists said}.",
        "Aftershocks continued through the night, {pick:sending residents running into the streets|hampering rescue efforts|bringing down damaged walls}.",
    ],
};

const QUAKE_HISTORY: Pool = Pool {
    closing: false,
    templates: &[
        "In {pick:1999|2005|2011|2015|2017}, an earthquake in the same region killed {e.k}.",
        "In {pick:2003|2010|2013|2016}, a quake {pick:near the town|in the same province} killed {e.k} and left thousands homeless.",
    ],
};

const FLOOD_HISTORY: Pool = Pool {
    closing: false,
    templates: &[
        "In {pick:2010|2014|2017|2019|2022}, floods in the same region killed {e.k}.",
        "In {pick:2012|2016|2020}, monsoon floods across the country killed {e.k} and destroyed {pick:hundreds of thousands of homes|large areas of farmland}.",
    ],
};

const SHELTER: Pool = Pool {
    closing: false,
    templates: &[
        "Thousands of families spent the night {pick:outdoors|in tents|in their cars} {pick:for fear of further tremors|after their homes were damaged|as temperatures dropped}.",
        "The government {pick:sent|promised} {pick:tents, blankets and food|drinking water and medicine|field hospitals} to the worst-hit areas, {pick:officials said|the interior ministry said}.",
    ],
};

const SURVIVORS: Pool = Pool {
    closing: false,
    templates: &[
        "\"{pick:Everything shook and then the wall came down|We ran out with nothing|We have lost everything}\", said one survivor, {a_age}-year-old {job} {pick:from a nearby village|who was sheltering in a school|waiting outside a hospital}.",
        "One family, {pick:sheltering under a sheet of plastic|waiting outside a school|camped by the road}, said they had {pick:spent two days|waited for hours} {pick:before help arrived|in the open}.",
    ],
};

const AID: Pool = Pool {
    closing: false,
    templates: &[
        "{^T:guterres} said the United Nations was ready to help and {pick:sent condolences to the families of the victims|called for international support}.",
        "The European Union released emergency aid, and {pick:several countries|neighbouring governments} offered to send rescue teams.",
        "Aid agencies said {pick:clean water|shelter|food} was the most urgent need, and warned of {pick:disease outbreaks|shortages} in the coming days.",
    ],
};

const DAMAGE: Pool = Pool {
    closing: false,
    templates: &[
        "More than {num:2-40},000 homes were damaged or destroyed, {pick:officials said|according to a preliminary assessment}, along with {num:10-90} schools and {word:2-9} hospitals.",
        "Roads and bridges were {pick:damaged|washed away|blocked by landslides}, {pick:slowing the arrival of aid|cutting off remote villages}.",
    ],
};

const WEATHER: Pool = Pool {
    closing: false,
    templates: &[
        "Temperatures were forecast to drop to {num:2-9} degrees Celsius overnight, adding to the hardship of those left homeless.",
        "Rain was forecast for the coming days, {pick:raising fears of landslides|complicating the rescue effort}.",
    ],
};

const RAIN: Pool = Pool {
    closing: false,
    templates: &[
        "More than {num:150-400} mm of rain fell in {word:12-48} hours in some areas, {pick:the meteorological office said|forecasters said}.",
        "Rivers {pick:burst their banks|rose to record levels} after {pick:days|a week} of heavy rain, {pick:the meteorological service said|officials said}.",
    ],
};

const CLIMATE: Pool = Pool {
    closing: false,
    templates: &[
        "Scientists say {pick:climate change is making extreme rainfall more frequent|warmer air holds more moisture, making downpours heavier}.",
        "The region has seen {pick:repeated|increasingly severe} floods in recent years, and {pick:critics say|experts say} flood defences have not kept pace.",
    ],
};

const BUILDINGS: Pool = Pool {
    closing: false,
    templates: &[
        "Engineers said many of the buildings that collapsed had been put up before stricter building codes were introduced in {year:1997-2012}, and {pick:that some had extra floors added without permits|that enforcement of the rules had been weak|that cheap materials were widely used}.",
        "Prosecutors opened investigations into {pick:contractors whose buildings collapsed|the owners of several apartment blocks|officials who approved the construction of damaged buildings}, {pick:the justice ministry said|state media reported}.",
        "Inspectors began checking the safety of buildings that were still standing, marking {pick:those too dangerous to enter|damaged homes} with red paint, and residents were told not to return until they had been cleared.",
    ],
};

const LOGISTICS: Pool = Pool {
    closing: false,
    templates: &[
        "Aid convoys were slowed by {pick:landslides|damaged roads|collapsed bridges|fuel shortages}, and helicopters were used to reach {pick:mountain villages|cut-off areas|remote districts}. The World Food Programme said it had delivered {fact:20-300} tonnes of food.",
        "Relief workers said the first days were the hardest, as {pick:roads into the area were blocked|phone networks were down|there was no power}, and families had to rely on {pick:neighbours|local mosques and churches|volunteers} for food and water.",
        "Trucks carrying {pick:tents, blankets and water|food and medicine|generators and fuel} queued at checkpoints on the main road into the area, {pick:drivers said|according to local media}.",
    ],
};

const HEALTH: Pool = Pool {
    closing: false,
    templates: &[
        "Health officials warned of the risk of {pick:cholera|waterborne diseases|respiratory infections} in crowded shelters and urged residents to boil drinking water.",
        "Hospitals in the area were {pick:overwhelmed|short of blood and surgical supplies|treating patients in corridors and tents}, and {pick:some patients were flown to the capital|field hospitals were set up in car parks|doctors worked through the night}.",
        "The World Health Organization said it had sent {pick:emergency medical kits|trauma supplies|a team of specialists} to the region, {pick:enough to treat thousands of patients|and was supporting local hospitals}.",
    ],
};

const ECONOMY: Pool = Pool {
    closing: false,
    templates: &[
        "Economists estimated the damage at {pick:more than|about} ${num:1-9} billion, a heavy burden for {pick:a country already struggling with high inflation|the national budget|an economy that had only just begun to recover}.",
        "Insurers said most of the damaged homes were not covered, {pick:leaving families to pay for repairs themselves|and the government promised to help with rebuilding costs}.",
    ],
};

const TEAMS: Pool = Pool {
    closing: false,
    templates: &[
        "Rescue teams from {pick:Japan, South Korea and Germany|neighbouring countries|several European countries} joined the search, bringing {pick:sniffer dogs|thermal cameras|listening devices and heavy equipment}.",
        "International rescuers said the chances of finding survivors fell sharply after the first {word:3-4} days, but teams kept working in {pick:the worst-hit districts|the town centre|collapsed apartment blocks}.",
    ],
};

const GOVERNMENT: Pool = Pool {
    closing: false,
    templates: &[
        "The {adjective} government declared a state of emergency in the affected areas and promised to rebuild damaged homes within a year.",
        "Opposition politicians criticised the government's response, saying {pick:help had been slow to arrive|warnings had been ignored|money for disaster preparation had been cut}.",
        "The country's president visited {city} on {pubday} and {pick:promised help to the families of the victims|met rescue workers|toured a shelter for displaced families}.",
    ],
};

const TRANSPORT: Pool = Pool {
    closing: false,
    templates: &[
        "Flights were suspended at the regional airport, and {pick:several highways|the main road to the capital|rail services} were closed {pick:for inspection|after cracks appeared|because of landslides}.",
        "Power and mobile phone networks were down in parts of the region, {pick:making it hard to reach relatives|hampering coordination between rescue teams}, and engineers were working to restore them.",
    ],
};

const SCHOOLS: Pool = Pool {
    closing: false,
    templates: &[
        "Schools in the affected districts were closed for {pick:the rest of the week|at least two weeks|an indefinite period}, and some were turned into shelters.",
        "Universities postponed exams and opened their dormitories to families who had lost their homes.",
    ],
};

const FARMS: Pool = Pool {
    closing: false,
    templates: &[
        "Floodwaters destroyed crops on about {fact:10-300},000 hectares of farmland, {pick:the agriculture ministry said|officials said}, raising fears of food shortages later in the year.",
        "Farmers said {pick:their livestock had drowned|the harvest had been lost|fields would take months to dry out}, and called on the government for compensation.",
    ],
};

const DAMS: Pool = Pool {
    closing: false,
    templates: &[
        "Officials opened the gates of {pick:a dam upstream|several reservoirs} to ease pressure on {pick:embankments|the dam walls}, a decision that {pick:flooded more farmland downstream|critics said came too late}.",
        "Engineers were monitoring {pick:river embankments|a damaged dam|levees} that {pick:had been weakened by the water|showed signs of leaking}, and residents downstream were told to be ready to leave.",
    ],
};

const FORECAST: Pool = Pool {
    closing: false,
    templates: &[
        "Forecasters warned of more heavy rain over the next {word:2-5} days, and {pick:river levels were expected to keep rising|officials told residents to stay away from riverbanks}.",
        "The meteorological service issued a red warning for {pick:the region|several provinces}, its highest level, {pick:and schools were told to stay closed|urging people to avoid travel}.",
    ],
};

const CLOSING: Pool = Pool {
    closing: true,
    templates: &[
        "The government declared {word:3-7} days of national mourning.",
        "Officials warned that the toll was likely to rise as rescuers reached remote areas.",
        "Rescue operations were expected to continue for several more days, {pick:officials said|the agency said}.",
    ],
};
