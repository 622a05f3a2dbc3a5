//! Reports of drone attacks in Sudan's war between the army and the Rapid Support Forces.

use super::{Pool, Section};

pub const SECTIONS: &[Section] = &[
    Section {
        pool: &LEDE,
        chance: 1.0,
    },
    Section {
        pool: &DRONES,
        chance: 0.7,
    },
    Section {
        pool: &CASUALTIES,
        chance: 0.8,
    },
];

pub const BACKGROUND: &[Pool] = &[
    WAR_YEAR,
    HUMANITARIAN,
    EARLIER,
    CITY,
    WITNESSES,
    DIPLOMACY,
    SIEGE,
    REFUGEES,
    ECONOMY,
    DRONE_WAR,
    HEALTH,
    CLOSING,
];

const LEDE: Pool = Pool {
    closing: false,
    templates: &[
        "{DATELINE} — Drones launched by the paramilitary Rapid Support Forces struck {city} on {weekday}, killing {k} and wounding {i:n}, {pick:a medical source said|the health ministry said|local authorities said}.",
        "{DATELINE} — A drone attack blamed on the Rapid Support Forces killed {k} in {city} on {weekday}, {pick:the army said|a doctors' group said|local officials said}.",
        "{DATELINE} — The Rapid Support Forces launched {dl} at {city} on {weekday}, targeting {pick:the airport|fuel depots|a power station|army positions}, the army said.",
        "{DATELINE} — {^k} were killed when drones hit {pick:a crowded market|a displacement camp|a hospital|a mosque} in {city} on {weekday}, {pick:medics said|a local rights group said|the health ministry said}.",
    ],
};

const DRONES: Pool = Pool {
    closing: false,
    templates: &[
        "The army said its air {defences} had shot down {di:n/part} of the drones, but others hit {pick:fuel tanks near the port|a power substation|residential areas}.",
        "The RSF launched {dl} in the attack, {pick:according to the army|a military source said}, and air {defences} intercepted {di:n/part} of them.",
        "Army air {defences} intercepted {di}, {pick:a military spokesman said|the army said in a statement}.",
    ],
};

const CASUALTIES: Pool = Pool {
    closing: false,
    templates: &[
        "{^k} were killed and {i:n} wounded, {pick:a medical source said|the health ministry said|a doctors' network said}.",
        "The attack killed {k}, including {ck}, and wounded {i:n} others, {pick:medics said|according to the health ministry}.",
        "{^i} were wounded, {pick:a doctors' group said|hospital staff said}, and {pick:the main hospital|local clinics} struggled to cope.",
        "Local authorities said {k} had been killed in the attack and {i:n} wounded.",
        "Among the dead were {ck}, {pick:medics said|a local rights group said}.",
    ],
};

const WAR_YEAR: Pool = Pool {
    closing: false,
    templates: &[
        "Sudan's war, now in its {ord:sudan} year, has {pick:displaced more than 12 million people|caused one of the world's worst humanitarian crises|pushed parts of the country into famine}.",
        "The war between the army and the RSF, which broke out in {start:sudan}, is now in its {ord:sudan} year.",
        "With the war in its {ord:sudan} year, {pick:both sides have turned increasingly to drones|the RSF has struck cities far from the front line|aid groups say millions face hunger}.",
    ],
};

const HUMANITARIAN: Pool = Pool {
    closing: false,
    templates: &[
        "Aid agencies say {pick:famine has been confirmed in several areas|cholera has spread to most states|millions of children are out of school}, and {pick:funding for the response falls far short of needs|access to many areas is blocked}.",
        "The United Nations says more than {num:11-13} million people have been forced from their homes, {pick:many of them|about a third of them} into neighbouring countries.",
    ],
};

const EARLIER: Pool = Pool {
    closing: false,
    templates: &[
        "{pick:Last month|Earlier this month}, a drone attack on the city killed {e.k}.",
        "In {earlier_month}, an attack on {pick:a market|a camp for displaced people} in the city killed {e.k}.",
    ],
};

const CITY: Pool = Pool {
    closing: false,
    templates: &[
        "{^city} {pick:had been spared the worst of the fighting until recently|has taken in tens of thousands of displaced people|is one of the army's main strongholds}.",
        "Residents said {pick:power and water had been cut|fuel prices had tripled|many shops had closed} after the attack.",
    ],
};

const WITNESSES: Pool = Pool {
    closing: false,
    templates: &[
        "\"{pick:We heard the drones before the explosions|There is nowhere safe any more|The market was full when it hit}\", said a resident who gave his name as {pick:Ahmed|Osman|Hassan|Ibrahim}, {a_age}-year-old {pick:trader|teacher|driver}.",
    ],
};

const DIPLOMACY: Pool = Pool {
    closing: false,
    templates: &[
        "{^T:guterres} has called for {pick:an immediate ceasefire|the protection of civilians} and urged {pick:both sides|the warring parties} to allow aid through.",
        "Talks on a truce {pick:have repeatedly stalled|brokered by the United States and Saudi Arabia have made little progress}.",
    ],
};

const SIEGE: Pool = Pool {
    closing: false,
    templates: &[
        "In the western region of Darfur, the RSF {pick:has tightened its grip on El Fasher|has attacked camps for displaced people|controls most of the main towns}, and aid groups say {pick:food is running out|civilians are trapped|reports of ethnic killings are mounting}.",
        "The army, led by General Abdel Fattah al-Burhan, controls {pick:the east and centre of the country|Port Sudan, where the government is now based|most of Khartoum after retaking it earlier this year}, while the RSF holds much of the west.",
    ],
};

const REFUGEES: Pool = Pool {
    closing: false,
    templates: &[
        "More than {num:3-4} million people have fled to neighbouring countries, including Chad, Egypt and South Sudan, where {pick:camps are overcrowded|aid is running short|new arrivals sleep in the open}.",
        "Aid workers in eastern Chad say {pick:new refugees arrive every day|most arrivals are women and children|many arrive with wounds and malnutrition}, and that the camps there have run out of space.",
    ],
};

const ECONOMY: Pool = Pool {
    closing: false,
    templates: &[
        "The Sudanese pound has lost most of its value since the war began, and prices of {pick:bread and fuel|medicine and food|cooking gas} have risen beyond the reach of many families.",
        "Many banks and markets have closed, and civil servants in several states have gone months without pay, {pick:residents say|according to local journalists}.",
    ],
};

const DRONE_WAR: Pool = Pool {
    closing: false,
    templates: &[
        "Both sides have increasingly relied on drones, {pick:many of them supplied by foreign backers|some of them long-range models|which have extended the fighting to cities once considered safe}, {pick:analysts say|according to researchers who track the conflict}.",
        "The RSF has used drones to strike {pick:power stations|fuel depots|airports} in army-held cities, {pick:causing blackouts that last for days|disrupting flights and aid deliveries}.",
    ],
};

const HEALTH: Pool = Pool {
    closing: false,
    templates: &[
        "Doctors' groups say {pick:most hospitals in conflict areas are no longer working|medical staff have been attacked and detained|medicine supplies are close to running out}, and that {pick:cholera|measles|dengue} has spread in crowded camps.",
        "The World Health Organization has recorded {pick:dozens of|many} attacks on health facilities since the war began, {pick:more than in almost any other conflict|leaving whole regions without care}.",
    ],
};

const CLOSING: Pool = Pool {
    closing: true,
    templates: &[
        "The RSF did not comment on the attack.",
        "Neither side commented on the casualty figures.",
    ],
};
