//! Paragraphs and sentences shared by several kinds of report: officials, reactions, diplomacy,
//! the war's year, and the sentences that carry plants.

use super::Pool;

pub const OFFICIALS: Pool = Pool {
    closing: false,
    templates: &[
        "{^gov} said rescue work was continuing and urged residents to {pick:stay in shelters during alerts|keep away from the damaged buildings|follow official channels for updates}.",
        "{^mayor} said {pick:the city would repair the damage as quickly as possible|temporary shelters had been opened in schools|psychologists were working with residents at the site}.",
        "\"{pick:This was a deliberate strike on a residential area|There were no military facilities nearby|Russia is once again targeting civilians}\", {gov} wrote on Telegram.",
        "{^gov} said {pick:several|a number of} people had been taken to hospital and that {pick:doctors were fighting to save them|some were in a serious condition|the search of the rubble would go on through the night}.",
        "{^mayor} said {pick:heating and water supplies were being restored|public transport would run normally by the evening|the city's schools would switch to online lessons} on {pubday}.",
        "Speaking at the scene, {gov} said {pick:the attack had lasted several hours|the emergency services had worked through the night|the city needed more air defence systems}.",
    ],
};

pub const UKRAINE_REACTION: Pool = Pool {
    closing: false,
    templates: &[
        "{^T:zelensky} called for {pick:more air defence systems|tougher sanctions on Moscow|more pressure on Russia} after the attack, saying {pick:Moscow was not interested in peace|every such strike showed why Ukraine needed Patriot systems|Russia was trying to break the country's will}.",
        "{^T:zelensky} said on social media that {pick:the attack targeted ordinary homes|rescuers were working at every site|Russia had used ballistic missiles against civilians} and {pick:thanked the emergency workers|urged allies to act|called for a firm response}.",
        "\"{pick:Russia must be forced to stop|The world cannot look away|Every strike like this is a war crime}\", {T:zelensky} wrote on Telegram.",
        "{^T:sybiha} said the attack {pick:showed Moscow's contempt for peace efforts|was a war crime that must not go unpunished|proved that Russia only understands strength}.",
        "{^T:sybiha} called on partners to {pick:speed up deliveries of air defence systems|tighten sanctions on Russian oil|use frozen Russian assets to help Ukraine}.",
        "{^T:svyrydenko} said the government would {pick:pay compensation to families whose homes were destroyed|help restore damaged energy facilities|provide temporary housing to residents}.",
        "{^T:shmyhal} said the government would {pick:pay compensation to families whose homes were destroyed|help restore damaged energy facilities|provide temporary housing to residents}.",
        "{^T:klymenko} said {pick:police and rescuers|more than a hundred rescuers|emergency crews from neighbouring regions} had been sent to the city.",
        "{^T:zelensky} said the attack showed Russia was {pick:stalling|playing for time} while {T:witkoff} {pick:pursued talks in Moscow|prepared another round of talks}.",
    ],
};

pub const WAR_YEAR: Pool = Pool {
    closing: false,
    templates: &[
        "The war, now in its {ord:war} year, has {pick:made night-time air raid alerts part of daily life|left much of the east in ruins|forced millions of Ukrainians from their homes}.",
        "Russia's full-scale invasion, launched in {start:war}, is now in its {ord:war} year, and {pick:talks on ending it have made little progress|both sides have stepped up long-range strikes|neither side appears close to a breakthrough}.",
        "The {card:war}-year war has {pick:left few districts of the city untouched|taken a heavy toll on the country's energy system|made the city's residents used to sleeping in corridors}.",
        "With the war in its {ord:war} year, {pick:Russia has been launching ever larger waves of drones|Ukraine has been building up its own drone fleet|air defence has become the country's most urgent need}.",
        "Ukraine's war with Russia is in its {ord:war} year, and {pick:diplomatic efforts to end it|calls for a ceasefire|peace talks brokered by Washington} have so far {pick:produced little|failed to stop the attacks}.",
    ],
};

pub const DIPLOMACY: Pool = Pool {
    closing: false,
    templates: &[
        "The attack came {pick:days|hours|a week} after {T:trump} {pick:said he was disappointed with|spoke by phone with|criticised} {T:putin}.",
        "{^T:trump} has said he wants a quick end to the fighting, but {pick:talks between his envoys and Moscow|efforts to arrange a ceasefire|calls for a truce} have {pick:so far stalled|made slow progress}.",
        "{^T:peskov} said {pick:Moscow remained open to talks|Russia was striking only military targets|the Kremlin had no comment on the attack}.",
        "{^T:lavrov} said {pick:Moscow would not accept a ceasefire without guarantees|Russia's conditions for peace had not changed|Western weapons deliveries were prolonging the war}.",
        "{^T:ushakov} told reporters that {pick:a summit was not yet on the agenda|contacts with Washington would continue|the two presidents could speak again soon}.",
        "{^T:rubio} said Washington was {pick:still working towards a ceasefire|weighing further sanctions on Moscow|in close contact with Kyiv}.",
        "{^T:vance} said the United States {pick:wanted both sides at the negotiating table|would keep pushing for a settlement|could not fund the war indefinitely}.",
        "{^T:witkoff} was expected to {pick:travel to Moscow|meet Ukrainian officials|hold talks in the Gulf} later in the week, {pick:officials said|according to people familiar with the plans}.",
        "{^T:hegseth} said the Pentagon was {pick:reviewing weapons deliveries|in contact with European allies|ready to support a settlement}.",
        "Under {F:biden}, Washington sent Ukraine {pick:air defence systems|long-range missiles|tens of billions of dollars in military aid}, and Kyiv has asked for more.",
        "{^T:putin} said {pick:Russia was ready for talks on its own terms|Russian forces were advancing along the front|the strikes were a response to Ukrainian attacks}.",
    ],
};

pub const ALLIES: Pool = Pool {
    closing: false,
    templates: &[
        "{^T:starmer} said {pick:Russia's attacks on civilians showed the need for more pressure on Moscow|Britain would keep supplying air defence missiles|the strike was an act of terror}.",
        "{^T:macron} condemned {pick:the attack|the strikes on civilians} and said {pick:Europe would stand by Ukraine|France would send more air defence equipment|Moscow must agree to a ceasefire}.",
        "{^T:merz} said Germany would {pick:step up its support for Ukraine's air defence|send more IRIS-T systems|press for new sanctions}.",
        "{^T:rutte} said allies were {pick:working to send more air defence systems|determined to keep supporting Ukraine|watching the attacks closely}.",
        "{^T:guterres} condemned {pick:attacks on civilians and civilian infrastructure|the strike} and called for {pick:an immediate ceasefire|respect for international humanitarian law}.",
        "{^T:cooper} said Britain would {pick:summon the Russian ambassador|push for more sanctions|keep supporting Ukraine for as long as it takes}.",
        "{^T:lammy} said Britain would {pick:summon the Russian ambassador|push for more sanctions|keep supporting Ukraine for as long as it takes}.",
        "{^T:barrot} said France would {pick:raise the attack with its European partners|push for more sanctions|increase its aid to Ukraine}.",
        "{^T:wadephul} said Berlin would {pick:press for more sanctions|send further air defence equipment|keep up its support}.",
        "{^F:johnson}, a {pick:frequent|longtime} visitor to Kyiv, {pick:called the strike barbaric|urged allies to send more weapons|said Russia must be defeated}.",
        "{^F:stoltenberg}, who led NATO for a decade, {pick:said Russia's attacks would only strengthen the alliance|urged allies to keep up their support}.",
        "{^F:merkel}, speaking {pick:at an event in Berlin|in an interview}, said {pick:the war must end with a just peace|Europe had to stay united}.",
        "{^F:kuleba} said {pick:the attack showed that Russia had no interest in peace|allies must move faster}.",
        "{^F:scholz} said in a statement that {pick:the attack was appalling|Germany must keep supporting Ukraine}.",
        "{^F:umerov}, now {pick:leading Ukraine's negotiating team|secretary of the security council}, said {pick:talks with Washington would continue|Ukraine wanted a lasting peace}.",
        "{^F:baerbock} {pick:called the attack cruel|said the world must respond}.",
    ],
};

pub const HISTORY: Pool = Pool {
    closing: false,
    templates: &[
        "In 2022, then-Prime Minister {N:johnson} became one of the first Western leaders to visit Kyiv after the invasion began.",
        "In 2023, then-President {N:biden} made a surprise visit to Kyiv, travelling into the country by train.",
        "{^city} {pick:was shelled heavily|was nearly encircled|came under sustained attack} in the first months of the full-scale invasion in 2022.",
    ],
};

pub const WEAPONS: Pool = Pool {
    closing: false,
    templates: &[
        "Russia has been producing {pick:Shahed-type drones|Geran drones|cheap decoy drones} in large numbers at a plant in {pick:the Tatarstan region|Yelabuga}, {pick:analysts say|according to Ukrainian intelligence}, allowing it to launch larger waves than a year ago.",
        "Ukraine has been using {pick:interceptor drones|mobile fire groups with machine guns|electronic warfare} to bring down the slow, noisy drones, {pick:saving|sparing} its scarce air defence missiles for ballistic and cruise missiles.",
        "The drones, {pick:many of them decoys without warheads|which fly low and slowly|launched from several directions at once}, are meant to {pick:overwhelm air defences|exhaust interceptor stocks} before missiles arrive.",
    ],
};

pub const FRONT: Pool = Pool {
    closing: false,
    templates: &[
        "Fighting continued along the front line in the east, where Russian forces {pick:have been pressing towards Pokrovsk|are trying to advance in the Donetsk region|have made slow gains at heavy cost}. Ukraine's general staff reported {num:120-260} clashes over the past day, most of them {pick:near Pokrovsk|in the Donetsk region|along the Zaporizhzhia front}.",
        "On the battlefield, Russian troops {pick:claimed to have captured two more villages|kept up assaults on Ukrainian positions|pressed on with small-unit attacks} in the east. Ukrainian commanders say they are short of infantry but that {pick:drones now account for most of the damage done to Russian armour|their lines are holding}.",
        "Russia's defence ministry said its troops had taken control of {pick:a village|two villages|a settlement} in the {pick:Donetsk|Kharkiv|Zaporizhzhia} region, a claim that could not be independently verified. Kyiv did not comment on the claim.",
    ],
};

pub const SANCTIONS: Pool = Pool {
    closing: false,
    templates: &[
        "The European Union is preparing another package of sanctions against Russia, {pick:aimed at the tankers of its shadow fleet|targeting banks and energy exports|focused on companies that help Moscow evade earlier measures}. Diplomats say {pick:Hungary and Slovakia|some member states} have raised objections.",
        "Western governments have frozen about ${num:250-300} billion of Russian central bank assets, and {pick:the EU has been debating|European leaders have been discussing} how to use them to fund Ukraine's defence and reconstruction.",
        "Washington has threatened new tariffs on countries that buy Russian oil, {pick:a measure aimed at cutting Moscow's revenue|in an effort to push the Kremlin towards a ceasefire}, but has so far {pick:held back from imposing them|applied them only in part}.",
    ],
};

pub const AIR_DEFENCE_NEEDS: Pool = Pool {
    closing: false,
    templates: &[
        "Kyiv has repeatedly asked Western partners for more Patriot systems, the only ones able to reliably stop ballistic missiles. Each interceptor costs several million dollars, {pick:and stocks are limited|and production cannot keep up with demand}.",
        "Ukraine's air force has warned that its stocks of interceptor missiles are running low, and officials have urged allies to {pick:speed up deliveries|send systems from their own stocks|fund new production}.",
        "Ukrainian officials say the country needs {pick:at least ten more|several more|additional} Patriot batteries to protect its cities and power plants, and have offered to buy them with European funding.",
    ],
};

pub const SHELTERS: Pool = Pool {
    closing: false,
    templates: &[
        "Many residents of {city} now sleep in corridors or bathrooms, away from windows, and {pick:schools|kindergartens} hold lessons in basements. The city has opened heated shelters with power, water and internet access for use during blackouts.",
        "Parents in {city} say their children have learned to tell the sound of a drone from that of a missile. Some families have moved {pick:to villages outside the city|abroad|to relatives in the west of the country}, but most have stayed.",
        "During alerts, {pick:metro stations|underground car parks|basements of apartment blocks} fill with people carrying blankets, folding chairs and pets, and many now bring {pick:power banks|flasks of tea|sleeping mats} as a matter of routine.",
    ],
};

pub const RECONSTRUCTION: Pool = Pool {
    closing: false,
    templates: &[
        "The World Bank estimates that rebuilding Ukraine will cost more than ${num:500-600} billion over the next decade, with housing, energy and transport accounting for the largest share.",
        "Ukraine's government has set up a programme that pays compensation to families whose homes were destroyed, but {pick:applications can take months to process|many residents say the payments are too small to rebuild}.",
        "City authorities in {city} have started {pick:replacing windows in damaged blocks with plywood|a programme to repair damaged roofs before winter|clearing rubble from earlier strikes}, paid for partly by {pick:international donors|the state budget}.",
    ],
};

pub const LONG_RANGE: Pool = Pool {
    closing: false,
    templates: &[
        "Ukraine has stepped up its own long-range drone strikes on Russian oil refineries, {pick:some of them more than 1,000 km from the border|causing fuel shortages in several Russian regions|in what Kyiv calls a campaign against Moscow's war economy}.",
        "Kyiv says its strikes on Russian {pick:refineries and airfields|ammunition depots|energy facilities} are legitimate attacks on military targets, while Moscow calls them terrorism.",
    ],
};

pub const EXCHANGES: Pool = Pool {
    closing: false,
    templates: &[
        "Despite the attacks, the two sides have continued to exchange prisoners of war, {pick:with the latest swap brokered by the United Arab Emirates|in deals agreed during talks in Istanbul|in one of the few areas where they still cooperate}.",
        "Ukraine's ombudsman said {pick:he had raised the attack with the International Committee of the Red Cross|the strike was a violation of the laws of war|his office was documenting the damage}.",
    ],
};

pub const WINTER: Pool = Pool {
    closing: false,
    templates: &[
        "Temperatures are expected to {pick:fall below freezing|drop to minus 10 degrees Celsius} in the coming days, and officials have warned that {pick:further strikes on the grid|long power cuts} could leave millions without heating.",
        "Ukraine's energy minister said the country had {pick:stored enough gas for the heating season|imported electricity from the European Union|repaired most of the damaged plants}, but warned that repeated strikes made supplies fragile.",
    ],
};

pub const UKRAINE_CLOSING: Pool = Pool {
    closing: true,
    templates: &[
        "{^mayor} declared {pubday} a day of mourning in the city.",
        "Authorities declared a day of mourning in {city} for {pubday}.",
        "Search and rescue work was continuing on {pubday} evening, {pick:officials said|the emergency service said}.",
        "Police opened a criminal investigation into {pick:the attack|what they called a war crime}.",
    ],
};

// Sentences that carry plants.

pub const SECOND_KILLED: &[&str] = &[
    "In all, {w.k} were killed, {pick:officials said later|the regional administration said in an update|according to a later statement}.",
    "Rescue workers said late on {pubday} that {w.k} had been killed.",
    "Later on {pubday}, officials said {w.k} had died.",
];

pub const SECOND_INJURED: &[&str] = &[
    "In all, {w.i} were wounded, {pick:officials said later|the regional administration said in an update|according to a later statement}.",
    "Later on {pubday}, officials said {w.i} had been injured.",
    "Hospitals were treating {w.i} injured, {pick:health officials said|doctors said}.",
];

pub const SECOND_EVACUATED: &[&str] = &[
    "Officials later said {w.ev} had been evacuated.",
    "In all, {w.ev} were evacuated, {pick:officials said later|according to a later statement}.",
];

pub const SECOND_MISSING: &[&str] = &[
    "{^w.ms} were still missing on {pubday} evening, officials said.",
    "In all, {w.ms} were missing, {pick:officials said later|according to a later statement}.",
];

pub const SECOND_JAMMED: &[&str] = &[
    "A further {w.dj:n/add} drones were lost to jamming, the air force said.",
    "The air force said a further {w.dj:n/add} drones had been neutralised through jamming.",
];

pub const SECOND_CHILDREN: &[&str] = &[
    "Officials later said {w.ck} were killed in the attack on {city}.",
    "Officials said {w.ck} had been killed.",
];

pub const WRONG_TITLE_WAR: &[&str] = &[
    "{^W} said {pick:the attack showed Moscow was not serious about peace|the strikes had to stop|the attack was a reminder of what Ukraine faces every night}.",
    "{^W} {pick:condemned|criticised} the attack in a statement on {pubday}.",
    "The attack drew condemnation from {W}, who {pick:called it senseless|said it must not go unanswered|urged a ceasefire}.",
    "{^W} told reporters that {pick:the violence had to end|talks must continue|events were being followed closely}.",
];

pub const WRONG_TITLE_ANY: &[&str] = &[
    "{^W} {pick:sent condolences to the families of the victims|said the news was deeply saddening} on {pubday}.",
    "{^W} told reporters on {pubday} that the situation was being followed closely.",
    "The news drew a response from {W}, who {pick:offered condolences|offered help with the rescue effort}.",
];

/// Sentences that give a person their right title, for the people plants name.
pub fn right_title(person: &str) -> &'static [&'static str] {
    match person {
        "trump" => &[
            "{^T:trump} said he had been briefed on the situation.",
            "{^T:trump} told reporters on {pubday} that he was following events closely.",
        ],
        "zelensky" => &[
            "{^T:zelensky} said rescuers were working at every site.",
            "{^T:zelensky} called for more air defence systems.",
        ],
        "shmyhal" => &["{^T:shmyhal} said the army needed more interceptor drones."],
        "lavrov" => &["{^T:lavrov} said Moscow's conditions for talks had not changed."],
        "ushakov" => &["{^T:ushakov} said contacts with Washington would continue."],
        "sybiha" => &["{^T:sybiha} called the strike a war crime."],
        "guterres" => &["{^T:guterres} called for an immediate ceasefire."],
        other => panic!("no right-title sentences for {other}"),
    }
}

pub const GOVERNOR: &[&str] = &[
    "{^gov} said emergency crews were working at {pick:several sites|every site that had been hit}.",
    "{^gov} urged residents to stay in shelters until the alert was lifted.",
];

pub const GOVERNOR_VARIANT: &[&str] = &[
    "{^gov_variant} later said {pick:the clean-up would take weeks|all the injured had been taken to hospital|the search would continue overnight}.",
    "In a later statement, {gov_variant} said {pick:the clean-up would take weeks|the search would continue overnight}.",
];
