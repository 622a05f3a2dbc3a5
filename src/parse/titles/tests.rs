use crate::claim::{ClaimKind, Qualifier};
use crate::parse::tests::claims_of;

/// (name, office, jurisdiction, qualifier) of every role read.
fn titles(text: &str) -> Vec<(String, String, Option<String>, Qualifier)> {
    claims_of(text)
        .into_iter()
        .filter_map(|c| match c.kind {
            ClaimKind::Role(r) if !r.name.is_empty() => Some((
                r.name.to_string(),
                r.office.to_string(),
                r.jurisdiction.map(|j| j.to_string()),
                r.qualifier,
            )),
            _ => None,
        })
        .collect()
}

fn one(
    name: &str,
    office: &str,
    body: Option<&str>,
) -> (String, String, Option<String>, Qualifier) {
    (
        name.into(),
        office.into(),
        body.map(Into::into),
        Qualifier::Current,
    )
}

fn with(
    name: &str,
    office: &str,
    body: Option<&str>,
    qualifier: Qualifier,
) -> (String, String, Option<String>, Qualifier) {
    (name.into(), office.into(), body.map(Into::into), qualifier)
}

#[test]
fn an_age_between_the_name_and_its_title() {
    assert_eq!(
        titles("Ruben Ost, 54, the prime minister, will retire."),
        [one("Ruben Ost", "prime-minister", None)]
    );
    assert_eq!(
        titles("Mr Femi Adeyo, 61, served briefly as acting chief executive."),
        [with(
            "Femi Adeyo",
            "chief-executive",
            None,
            Qualifier::Acting
        )]
    );
    // No age: a number between commas that is no age is no aside.
    assert!(titles("Ruben Ost, 540, the prime minister, will retire.").is_empty());
}

#[test]
fn settled_futures_successions_and_made() {
    assert_eq!(
        titles("Ana Brel is to become the next finance minister."),
        [with("Ana Brel", "finance-minister", None, Qualifier::Elect)]
    );
    assert_eq!(
        titles("Omar Fadl will serve as chief of staff once the cabinet is sworn in."),
        [with("Omar Fadl", "chief-of-staff", None, Qualifier::Elect)]
    );
    // What someone hopes is no claim.
    assert!(titles("Ana Brel hopes to become finance minister.").is_empty());
    assert_eq!(
        titles("Sela Vint will replace Tarlo Venn as prime minister next month."),
        [with("Sela Vint", "prime-minister", None, Qualifier::Elect)]
    );
    assert_eq!(
        titles("Ana Brel succeeded Mona Eid as chair on Monday."),
        [with("Ana Brel", "chair", None, Qualifier::Then)]
    );
    // A month after the title is when, not where.
    assert_eq!(
        titles("Ivo Marsh was made interior minister in May."),
        [one("Ivo Marsh", "interior-minister", None)]
    );
}

#[test]
fn titles_joined_before_one_name_and_modifiers_after_former() {
    // Someone else's title before "and" is not hers.
    let found = titles("The US president and Vice President Ana Brel met the delegation.");
    assert!(found.iter().all(|t| t.1 != "president"), "{found:?}");
    let found = titles("Deputy Prime Minister and Foreign Minister Ada Ruiz arrived.");
    assert!(found.contains(&with("Ada Ruiz", "prime-minister", None, Qualifier::Deputy)));
    assert!(found.contains(&one("Ada Ruiz", "foreign-minister", None)));
    assert_eq!(
        titles("Former two-term governor Teo Lark spoke."),
        [with("Teo Lark", "governor", None, Qualifier::Former)]
    );
    assert_eq!(
        titles("Harlow's likely next prime minister, Kemi Venn, spoke."),
        [with(
            "Kemi Venn",
            "prime-minister",
            Some("Harlow"),
            Qualifier::Elect
        )]
    );
    // An office of a body of a country is not the country's own.
    assert_eq!(
        titles("Petra Lisk, deputy governor of Greece's central bank, spoke."),
        [with(
            "Petra Lisk",
            "governor-of-central-bank",
            Some("GR"),
            Qualifier::Deputy
        )]
    );
}

#[test]
fn one_chosen_is_yet_to_take_the_office() {
    assert_eq!(
        titles("Trump nominated Pete Hegseth as defense secretary on Tuesday."),
        [with(
            "Pete Hegseth",
            "defence-minister",
            None,
            Qualifier::Elect
        )]
    );
    assert_eq!(
        titles("The club picked Ana Brel as interim coach."),
        [with("Ana Brel", "coach", None, Qualifier::Interim)]
    );
    assert_eq!(
        titles("The board appointed Ana Brel as chief executive."),
        [one("Ana Brel", "chief-executive", None)]
    );
}

#[test]
fn appointments_past_an_aside_or_a_description() {
    let found = titles("Karim Oduya, a former senator, was sworn in as interim prime minister.");
    assert!(found.contains(&with(
        "Karim Oduya",
        "prime-minister",
        None,
        Qualifier::Interim
    )));
    assert_eq!(
        titles("Bea Lund, who ran the parks division, was named chief executive on Monday."),
        [one("Bea Lund", "chief-executive", None)]
    );
    let found = titles(
        "Meridian Foods named former Norcross Air chief executive Lena Okafor its president.",
    );
    assert!(found.contains(&one("Lena Okafor", "president", None)));
    // A local government's word before the office.
    assert_eq!(
        titles("John Venn, the county treasurer, said the budget was short."),
        [one("John Venn", "treasurer", None)]
    );
    // A body after the first of two titles is the first's alone.
    let found =
        titles("Ivo Marsh, general secretary of the ruling party and state president, arrived.");
    assert!(
        found
            .iter()
            .all(|t| t.1 != "state-president" || t.2.is_none())
    );
}

#[test]
fn army_ranks_and_an_office_read_twice() {
    assert_eq!(
        titles("Sgt. First Class Milo Strand and Spc. Ada Ruiz died."),
        [
            one("Milo Strand", "sergeant-first-class", None),
            one("Ada Ruiz", "specialist", None)
        ]
    );
    assert_eq!(
        titles("Sgt. 1st Class Milo Strand died."),
        [one("Milo Strand", "sergeant-first-class", None)]
    );
    // The lexicon's office with words after it is one title, not two.
    assert_eq!(
        titles("Elif Baran, a spokesperson for the Pentagon, said the drills would go on."),
        [one("Elif Baran", "press-secretary", None)]
    );
}

#[test]
fn a_name_the_lexicon_knows_after_a_title() {
    // "To" opens no name the grammar reads; the lexicon knows this one.
    assert_eq!(
        titles("General Secretary To Lam met the delegation."),
        [one("To Lam", "general-secretary", None)]
    );
    assert!(
        titles("US President To Meet Xi as tensions rise over tariffs")
            .iter()
            .all(|t| !t.0.starts_with("To "))
    );
    assert!(
        titles("Chairman To Step Down after 20 years")
            .iter()
            .all(|t| !t.0.starts_with("To "))
    );
}

#[test]
fn a_word_that_makes_another_office_and_a_body_of_a_country() {
    // "chief", "assistant", "lieutenant", "vice" make other offices than the lexicon's.
    assert_eq!(
        titles("Assistant Secretary of State Tarlo Venn spoke."),
        vec![one("Tarlo Venn", "assistant-secretary-of-state", None)]
    );
    assert_eq!(
        titles("Lieutenant Governor Ana Brel agreed."),
        vec![one("Ana Brel", "lieutenant-governor", None)]
    );
    assert_eq!(
        titles("Harlow chief adviser Tarlo Venn spoke."),
        vec![one("Tarlo Venn", "chief-adviser", Some("Harlow"))]
    );
    assert_eq!(
        titles("Vice President Ana Brel met Secretary of State Tarlo Venn."),
        vec![
            one("Ana Brel", "vice-president", None),
            one("Tarlo Venn", "secretary-of-state", None)
        ]
    );
    // A body of a country the lexicon knows: the body in the office, the country its
    // jurisdiction.
    assert_eq!(
        titles("Tarlo Venn, the chief adviser of Bangladesh's interim government, spoke."),
        vec![one(
            "Tarlo Venn",
            "chief-adviser-of-interim-government",
            Some("BD")
        )]
    );
    assert_eq!(
        titles("Ana Brel, the head of Ukraine's delegation, arrived."),
        vec![one("Ana Brel", "head-of-delegation", Some("UA"))]
    );
}

#[test]
fn titles_before_names_with_their_body() {
    assert_eq!(
        titles("Senate Majority Whip Tarlo Venn (D-Ill.) spoke on Monday."),
        vec![one("Tarlo Venn", "majority-whip", Some("US-Senate"))]
    );
    assert_eq!(
        titles("They met Harlow coach Ana Brel on Monday."),
        vec![one("Ana Brel", "coach", Some("Harlow"))]
    );
    assert_eq!(
        titles("OCD Assistant Secretary Tarlo Venn IV said the roads were shut."),
        vec![one("Tarlo Venn IV", "assistant-secretary", Some("OCD"))]
    );
}

#[test]
fn hyphenated_titles_initials_and_abbreviations() {
    // A prefix joined by a hyphen makes another office, in either case.
    assert_eq!(
        titles("Vice-Chancellor Ana Brel opened the building."),
        vec![one("Ana Brel", "vice-chancellor", None)]
    );
    // A middle initial inside a name before its apposition.
    assert_eq!(
        titles("Tarlo A. Venn, the mayor, spoke."),
        vec![one("Tarlo A. Venn", "mayor", None)]
    );
    // Abbreviated titles of councils and assemblies, with or without a full stop.
    assert_eq!(
        titles("Cllr Tarlo Venn spoke."),
        vec![one("Tarlo Venn", "councillor", None)]
    );
    assert_eq!(
        titles("Coun. Ana Brel spoke on Monday."),
        vec![one("Ana Brel", "councillor", None)]
    );
    assert_eq!(
        titles("MLA Tarlo Venn met CM Mona Eid."),
        vec![
            one("Tarlo Venn", "member-of-the-legislative-assembly", None),
            one("Mona Eid", "chief-minister", None)
        ]
    );
    // An organisation's name after a title's body is no person: the second title is
    // the admiral's.
    assert_eq!(
        titles("Adm. Tarlo Venn, commander of US Central Command, met officials."),
        vec![
            one("Tarlo Venn", "admiral", None),
            one("Tarlo Venn", "commander", Some("US Central Command"))
        ]
    );
}

#[test]
fn qualifiers_apart_from_the_title_and_hyphenated_prefixes() {
    let with = |name: &str, office: &str, body: Option<&str>, q: Qualifier| {
        (
            name.to_string(),
            office.to_string(),
            body.map(Into::into),
            q,
        )
    };
    // One word of the office's place or party between the qualifier and the title.
    assert_eq!(
        titles("Interim city manager Ana Brel said the gap was larger."),
        vec![with("Ana Brel", "manager", None, Qualifier::Interim)]
    );
    // "The late" before a name is the appositive title's qualifier.
    assert_eq!(
        titles("The late Tarlo Venn, Harlow's co-founder, was remembered."),
        vec![with(
            "Tarlo Venn",
            "co-founder",
            Some("Harlow"),
            Qualifier::Late
        )]
    );
    // A prefix joined by a hyphen after a body's possessive stays in the office.
    assert_eq!(
        titles("Harlow's interim co-chief executive, Mona Eid, spoke."),
        vec![with(
            "Mona Eid",
            "co-chief-executive",
            Some("Harlow"),
            Qualifier::Interim
        )]
    );
}

#[test]
fn ordinals_begin_bodies_and_masters_need_their_word() {
    assert_eq!(
        titles("Sarah Whitman, commander of the 3rd Brigade, ordered a halt."),
        vec![one("Sarah Whitman", "commander", Some("3rd Brigade"))]
    );
    assert_eq!(
        titles("Greta Lund is the harbour master of Port Essel."),
        vec![one("Greta Lund", "harbour-master", Some("Port Essel"))]
    );
    // "Master" alone before a name is a boy's form of address.
    assert!(titles("Master Tarlo Venn, aged 9, won the prize.").is_empty());
}

#[test]
fn abbreviations_and_party_state_tags() {
    assert_eq!(
        titles("Sen. Maria Brel (D-CA) voted no."),
        vec![one("Maria Brel", "senator", Some("US-CA"))]
    );
    assert_eq!(
        titles("Senator Maria Brel (R–Ky.) voted no."),
        vec![one("Maria Brel", "senator", Some("US-KY"))]
    );
    assert_eq!(
        titles("The plan came from Lt. Gen. Tarlo Venn on Monday."),
        vec![one("Tarlo Venn", "lieutenant-general", None)]
    );
}

#[test]
fn titles_after_names() {
    assert_eq!(
        titles("Tarlo Venn, the State Department spokesperson, declined to comment."),
        vec![one(
            "Tarlo Venn",
            "press-secretary",
            Some("State Department")
        )]
    );
    assert_eq!(
        titles("Ana Brel, chief executive of Harlow Motors, said sales rose."),
        vec![one("Ana Brel", "chief-executive", Some("Harlow Motors"))]
    );
    assert_eq!(
        titles(
            "Ana Brel, an associate professor of economics and director of the Tarlo Institute, said so."
        ),
        vec![
            one("Ana Brel", "associate-professor", None),
            one("Ana Brel", "director", Some("Tarlo Institute")),
        ]
    );
}

#[test]
fn titles_before_names_between_commas() {
    assert_eq!(
        titles("The head of Harlow's delegation, Tarlo Venn, arrived late."),
        vec![one("Tarlo Venn", "head", Some("Harlow's delegation"))]
    );
}

#[test]
fn qualifiers_of_open_titles() {
    let read = titles("Former Harlow coach Ana Brel and chair-designate Tarlo Venn met.");
    assert_eq!(read[0].3, Qualifier::Former);
    assert_eq!(read[1].1, "chair");
    assert_eq!(read[1].3, Qualifier::Designate);
}

#[test]
fn complements_postings_and_bodies_between_title_and_name() {
    assert_eq!(
        titles("Director of Public Works Tarlo Venn said the road would reopen."),
        vec![one("Tarlo Venn", "director", Some("Public Works"))]
    );
    assert_eq!(
        titles("Ana Brel, the former chief of naval operations, spoke."),
        vec![(
            "Ana Brel".into(),
            "chief-of-naval-operations".into(),
            None,
            Qualifier::Former
        )]
    );
    assert_eq!(
        titles("The Harlow ambassador to Tarlo, Ana Brel, declined to comment."),
        vec![one("Ana Brel", "ambassador-to-tarlo", Some("Harlow"))]
    );
}

#[test]
fn one_name_after_a_title_that_takes_one() {
    assert_eq!(
        titles("Patriarch Tarlo blessed the crowd."),
        vec![one("Tarlo", "patriarch", None)]
    );
    assert!(titles("They met on King Street.").is_empty());
}

#[test]
fn coordinated_titles_and_a_rank_after_a_title() {
    let read = titles("Harlow's prime minister and chief negotiator, Tarlo Venn, arrived.");
    let offices: Vec<&str> = read.iter().map(|r| r.1.as_str()).collect();
    assert_eq!(offices, ["prime-minister", "chief-negotiator"]);
    let read = titles("Harlow press secretary Maj. Gen. Tarlo Venn spoke.");
    assert!(read.iter().any(|r| r.1 == "major-general"), "{read:?}");
    assert!(
        !read.iter().any(|r| r.1.contains("secretary-major")),
        "{read:?}"
    );
}

#[test]
fn forms_of_address_and_bodies_are_no_titles() {
    assert!(titles("Mr Tarlo Venn said the plan would work.").is_empty());
    assert!(titles("Dr Ana Brel treated the patients.").is_empty());
    assert!(titles("General Motors said sales fell.").is_empty());
    assert!(titles("The coach said Harlow Rovers played well.").is_empty());
}

#[test]
fn a_capitalised_body_with_of_between_a_title_and_a_name() {
    assert_eq!(
        titles("Governor of the Bank of Essel Ruben Ost spoke first."),
        [one("Ruben Ost", "governor", Some("Bank of Essel"))]
    );
    // A rank between the body and the name is the person's, not part of the body.
    assert_eq!(
        titles("Chief of Army Staff Gen. Karim Oduya inspected the troops."),
        [
            one("Karim Oduya", "chief", Some("Army Staff")),
            one("Karim Oduya", "general", None)
        ]
    );
    assert_eq!(
        titles("Chief of Defence Staff Air Marshal Bea Lund retired."),
        [
            one("Bea Lund", "chief", Some("Defence Staff")),
            one("Bea Lund", "air-marshal", None)
        ]
    );
    // A rank of two words after a body, and a title of several words before a rank.
    assert_eq!(
        titles("Chief of Naval Staff Rear Adm. Tarlo Venn spoke."),
        [
            one("Tarlo Venn", "chief", Some("Naval Staff")),
            one("Tarlo Venn", "rear-admiral", None)
        ]
    );
    // A title before a rank: "press secretary Rear Adm. Pia Kruger" is Pia Kruger's.
    assert!(
        titles("Pentagon press secretary Rear Adm. Pia Kruger spoke.")
            .iter()
            .all(|r| r.0 == "Pia Kruger"),
    );
    // "Deputy Governor" of a body is the governor's deputy, as without the body.
    assert_eq!(
        titles("Deputy Governor of the Bank of Essel Ruben Ost spoke."),
        [with(
            "Ruben Ost",
            "governor",
            Some("Bank of Essel"),
            Qualifier::Deputy
        )]
    );
    // Words before the title that are no body stay out of it.
    assert_eq!(
        titles("On Tuesday Prime Minister Ana Brel said taxes would fall."),
        [one("Ana Brel", "prime-minister", None)]
    );
    // A name of three words after a body with another "of" in it is not taken apart.
    assert!(
        titles("Governor of the Central Bank of Essel Ana Maria Brel spoke.")
            .iter()
            .all(|r| r.0 != "Maria Brel")
    );
    // A name of three words after a lower-case title and a body with "of" in it is not
    // taken apart.
    assert!(
        titles("He met the leader of the Party of Essel Maoist Ana Maria Brel.")
            .iter()
            .all(|r| r.0 != "Maria Brel")
    );
    // "New" of a place's name is no qualifier; a party after "former" is no body.
    assert_eq!(
        titles("She met New York City President Grace Bonilla."),
        [one("Grace Bonilla", "president", Some("New York City"))]
    );
    assert_eq!(
        titles("He met former Democratic governor Ruben Ost."),
        [with("Ruben Ost", "governor", None, Qualifier::Former)]
    );
    // No title before "of": no role.
    assert!(titles("Friends of the Bank of Essel Ruben Ost and Ana Brel met.").is_empty());
}

#[test]
fn a_body_before_the_lexicons_office_and_a_rank_among_deputies() {
    assert_eq!(
        titles("Foreign Ministry Spokesperson Mona Eid spoke."),
        [one("Mona Eid", "press-secretary", Some("Foreign Ministry"))]
    );
    assert_eq!(
        titles("First Deputy Governor Ana Brel will lead the talks."),
        [with("Ana Brel", "governor", None, Qualifier::Deputy)]
    );
}

#[test]
fn a_hyphenated_modifier_after_former() {
    assert_eq!(
        titles("Former long-serving chief executive Ruben Ost left the board."),
        [with(
            "Ruben Ost",
            "chief-executive",
            None,
            Qualifier::Former
        )]
    );
}

#[test]
fn a_form_of_address_after_a_title_and_an_age_before_one() {
    assert_eq!(
        titles("Chief medical officer Dr Ilona Berg said admissions rose."),
        [one("Ilona Berg", "chief-medical-officer", None)]
    );
    assert_eq!(
        titles("Andrei Solvik, a 47-year-old former mayor of the capital Lesk, won."),
        [with(
            "Andrei Solvik",
            "mayor",
            Some("Lesk"),
            Qualifier::Former
        )]
    );
}

#[test]
fn a_title_in_the_possessive_is_someone_elses() {
    // The spokesman serves the prime minister; the nominee is the president-elect's pick.
    assert_eq!(
        titles("Ana Brel, the prime minister's spokesman, declined to comment."),
        [one("Ana Brel", "press-secretary", Some("prime minister"))]
    );
    assert_eq!(
        titles(
            "Mona Eid, the president-elect's pick for secretary of homeland security, faces a hearing."
        ),
        [with(
            "Mona Eid",
            "homeland-security-secretary",
            None,
            Qualifier::Elect
        )]
    );
    // A party's nominee is a candidate.
    assert!(titles("Ruben Ost, the Republican nominee for governor of Lesk, spoke.").is_empty());
    assert!(titles("Ruben Ost, the party's nominee for governor, spoke.").is_empty());
    assert_eq!(
        titles("Ruben Ost, Venn's nominee for ambassador to Lesk, was confirmed."),
        [with(
            "Ruben Ost",
            "ambassador-to-lesk",
            None,
            Qualifier::Elect
        )]
    );
}

#[test]
fn a_rank_before_a_name_is_not_the_name() {
    assert_eq!(
        titles("General Theo Marr, a spokesman for the ministry, said the attacker was shot."),
        [
            one("Theo Marr", "general", None),
            one("Theo Marr", "press-secretary", None)
        ]
    );
    // A surname that is also a rank stays a name.
    assert_eq!(
        titles("John Major, the former prime minister, spoke."),
        [with(
            "John Major",
            "prime-minister",
            None,
            Qualifier::Former
        )]
    );
}

#[test]
fn an_acronym_in_brackets_inside_a_title() {
    assert_eq!(
        titles("World Health Organization (WHO) Director-General Ana Brel spoke on Tuesday."),
        [one("Ana Brel", "director-general", Some("WHO"))]
    );
    assert_eq!(
        titles(
            "Tarlo Venn, the International Energy Agency (IEA) executive director, said demand would peak."
        ),
        [one(
            "Tarlo Venn",
            "executive-director",
            Some("International Energy Agency")
        )]
    );
}

#[test]
fn emeritus_and_until_say_former() {
    assert_eq!(
        titles("Cardinal Rosa Veld, the Archbishop Emeritus of Lesk, said the Mass."),
        [
            one("Rosa Veld", "cardinal", None),
            with("Rosa Veld", "archbishop", Some("Lesk"), Qualifier::Former)
        ]
    );
    assert_eq!(
        titles("Ruben Ost, Harlow's chief executive until last year, now chairs the board."),
        [
            with(
                "Ruben Ost",
                "chief-executive",
                Some("Harlow"),
                Qualifier::Former
            ),
            // What he now heads is his now.
            one("Ruben Ost", "chair", Some("board"))
        ]
    );
    assert_eq!(
        titles("Ana Brel, the club's coach until recently, joined Lesk."),
        [with("Ana Brel", "coach", Some("club"), Qualifier::Former)]
    );
    // Until a date: past or not as the report's date says, so no claim.
    assert!(titles("Ana Brel, the club's coach until March 2031, joined Lesk.").is_empty());
    // "until" without a time is no end of the office.
    assert!(titles("Ana Brel, the coach until the players, left.").is_empty());
}

#[test]
fn a_body_noun_before_a_title_is_its_body() {
    assert_eq!(
        titles("Supreme Court Chief Justice Asa Lind wrote the opinion."),
        [one("Asa Lind", "chief-justice", Some("Supreme Court"))]
    );
    assert_eq!(
        titles("The Rams put special-teams coordinator Raf Duval in charge."),
        [one("Raf Duval", "special-teams-coordinator", None)]
    );
    assert_eq!(
        titles("Lesk's top diplomat, Mona Eid, met the envoy."),
        [one("Mona Eid", "diplomat", Some("Lesk"))]
    );
    // Two capitalised words opening the sentence are a body; a day or a month is none.
    assert_eq!(
        titles("Harlow Motors CEO Ana Brel spoke on Monday."),
        [one("Ana Brel", "chief-executive", Some("Harlow Motors"))]
    );
    assert_eq!(
        titles("On Monday Chief Executive Tarlo Venn spoke."),
        [one("Tarlo Venn", "chief-executive", None)]
    );
    assert_eq!(
        titles("In March Finance Minister Ruben Ost spoke."),
        [one("Ruben Ost", "finance-minister", None)]
    );
}

#[test]
fn capitals_that_spell_an_acronym_are_its_body() {
    assert_eq!(
        titles(
            "The talks were led by North Atlantic Treaty Organization (NATO) Secretary-General Tarlo Venn on Monday."
        ),
        [one(
            "Tarlo Venn",
            "secretary-general",
            Some("North Atlantic Treaty Organization")
        )]
    );
    assert_eq!(
        titles(
            "The rules were signed by Food and Drug Administration (FDA) Commissioner Ruben Ost."
        ),
        [one(
            "Ruben Ost",
            "commissioner",
            Some("Food and Drug Administration")
        )]
    );
}

#[test]
fn an_organisation_after_a_title_is_no_name() {
    // "Defence Ministry" is the spokesman's body, not the person.
    assert_eq!(
        titles(
            "General Theo Marr, a spokesman for Lesk's Defence Ministry, said the attacker was shot."
        ),
        [
            one("Theo Marr", "general", None),
            one("Theo Marr", "press-secretary", None)
        ]
    );
    assert_eq!(
        titles("Ana Brel, the president's former spokeswoman, spoke."),
        [with("Ana Brel", "press-secretary", None, Qualifier::Former)]
    );
    // The lexicon's offices take "until" as the open titles do.
    assert_eq!(
        titles("Ruben Ost, the mayor of Harlow until last year, spoke."),
        [with(
            "Ruben Ost",
            "mayor",
            Some("Harlow"),
            Qualifier::Former
        )]
    );
    assert!(titles("Ruben Ost, the mayor of Harlow until 2031, spoke.").is_empty());
}

#[test]
fn a_counterpart_holds_the_office_named_before() {
    assert_eq!(
        titles("Defence Minister Ana Brel met his Chinese counterpart Tarlo Venn in Beijing."),
        [
            one("Ana Brel", "defence-minister", None),
            one("Tarlo Venn", "defence-minister", Some("CN"))
        ]
    );
    assert_eq!(
        titles(
            "Ida Selm, the foreign minister, met her Iranian counterpart, Pavel Rusk, on Monday."
        ),
        [
            one("Ida Selm", "foreign-minister", None),
            one("Pavel Rusk", "foreign-minister", Some("IR"))
        ]
    );
    // No office named before it: no claim.
    assert!(titles("Ruben Ost met his Iranian counterpart, Pavel Rusk, on Monday.").is_empty());
}

#[test]
fn a_verb_that_names_the_office() {
    assert_eq!(
        titles("Ana Brel, who heads the Harlow Port Authority, said the strike would end."),
        [one("Ana Brel", "head", Some("Harlow Port Authority"))]
    );
    assert_eq!(
        titles("Tarlo Venn chaired the Lesk Council from 2010 to 2014."),
        [with(
            "Tarlo Venn",
            "chair",
            Some("Lesk Council"),
            Qualifier::Former
        )]
    );
    // Motion, a header, and a body's part are no office.
    assert!(titles("Ana Brel headed to the airport on Monday.").is_empty());
    assert!(titles("Ruben Ost headed Harlow in front after ten minutes.").is_empty());
    assert!(titles("Ana Brel heads the Harlow delegation at the talks.").is_empty());
}

#[test]
fn since_after_an_apposition_keeps_it_current() {
    assert_eq!(
        titles("Tarlo Venn, the bank's chief executive since 2019, will step down."),
        [one("Tarlo Venn", "chief-executive", Some("bank"))]
    );
}

#[test]
fn a_portfolio_after_for_before_the_name() {
    // The lexicon's office by another of its names.
    assert_eq!(
        titles("Minister for Foreign Affairs Lena Okafor arrived."),
        [one("Lena Okafor", "foreign-minister", None)]
    );
    // An open office, with the body before it.
    assert_eq!(
        titles("EU Commissioner for Trade Ana Brel said tariffs would rise."),
        [one("Ana Brel", "commissioner-for-trade", Some("EU"))]
    );
    assert_eq!(
        titles("Special Envoy for Climate Tarlo Venn spoke."),
        [one("Tarlo Venn", "special-envoy-for-climate", None)]
    );
    // A portfolio of several words, and a name of three.
    assert_eq!(
        titles("Minister for Health and Social Care Lena Maria Okafor resigned."),
        [with(
            "Lena Maria Okafor",
            "minister-for-health-and-social-care",
            None,
            Qualifier::Former
        )]
    );
    // A name after "for" is no portfolio.
    assert!(
        titles("He voted for Prime Minister Ana Brel.")
            .iter()
            .all(|t| t.1 == "prime-minister")
    );
    assert!(
        titles("Tarlo Venn was Chief of Staff for Prime Minister Ana Brel.")
            .iter()
            .all(|t| !(t.0 == "Ana Brel" && t.1.starts_with("chief")))
    );
    assert!(titles("The award for Best Actor Tarlo Venn was a surprise.").is_empty());
    assert!(titles("Captain for Saturday Ana Brel will lead the side.").is_empty());
}

#[test]
fn a_verb_of_leading_a_named_body() {
    assert_eq!(
        titles("Mona Eid, who leads the Civic Party, spoke."),
        [one("Mona Eid", "leader", Some("Civic Party"))]
    );
    assert_eq!(
        titles("Ana Brel, who chairs the group, spoke."),
        [one("Ana Brel", "chair", Some("group"))]
    );
    // An adverb between the relative pronoun and the verb.
    assert_eq!(
        titles("Mona Eid, who now leads the Civic Party, spoke."),
        [one("Mona Eid", "leader", Some("Civic Party"))]
    );
    assert_eq!(
        titles("Ana Brel, who currently chairs the panel, spoke."),
        [one("Ana Brel", "chair", Some("panel"))]
    );
    // Leading a table, a race or a team is no office.
    assert!(titles("Ana Brel, who leads the league in scoring, scored again.").is_empty());
    assert!(titles("Mona Eid, who leads the Premier League, scored again.").is_empty());
    assert!(titles("Tarlo Venn, who leads the Tour of Norland, rode cautiously.").is_empty());
    // A body's name that opens with a people's adjective is the body's, and a noun of an
    // organisation after the name belongs to it.
    assert_eq!(
        titles("Marta Lind, who heads the Swedish Forest Agency, spoke."),
        [one("Marta Lind", "head", Some("Swedish Forest Agency"))]
    );
    assert_eq!(
        titles("Mona Eid, who leads the Civic Union party, spoke."),
        [one("Mona Eid", "leader", Some("Civic Union"))]
    );
    assert!(titles("Ana Brel leads the Civic Union party in scoring.").is_empty());
}

#[test]
fn one_word_opening_the_sentence_names_the_body_unless_it_is_english() {
    assert_eq!(
        titles(
            "Shares of Boeing fell. Boeing Chief Financial Officer Hana Berg told analysts \
             the quarter was strong."
        ),
        [one("Hana Berg", "chief-financial-officer", Some("Boeing"))]
    );
    assert_eq!(
        titles(
            "Harlow Mayor Ruben Ost declared an emergency. Roads in Harlow were closed, the \
             council said."
        ),
        [one("Ruben Ost", "mayor", Some("Harlow"))]
    );
    // After a quotation, as at the start of a sentence.
    assert_eq!(
        titles(
            "Flooding hit Harlow on Monday. \"We will not back down,\" Harlow Mayor Ruben Ost \
             said."
        ),
        [one("Ruben Ost", "mayor", Some("Harlow"))]
    );
    // Named nowhere else: a name that is no word of English is the body ("Toyota chairman",
    // "Boeing chief"); a word of English any sentence may open with is not ("Rebel
    // commander", "Blame President"), though it may be a name ("Apple").
    assert_eq!(
        titles("Harlow Mayor Ruben Ost declared an emergency."),
        [one("Ruben Ost", "mayor", Some("Harlow"))]
    );
    for body in ["Toyota", "Boeing", "Ealing", "Lesk"] {
        assert_eq!(
            titles(&format!("{body} chairman Tarlo Venn left for Essel.")),
            [one("Tarlo Venn", "chair", Some(body))],
            "{body}"
        );
    }
    for opener in [
        "Apple", "Rebel", "Prison", "Village", "Blame", "Asked", "Urged",
    ] {
        assert_eq!(
            titles(&format!("{opener} chairman Tarlo Venn left for Essel.")),
            [one("Tarlo Venn", "chair", None)],
            "{opener}"
        );
    }
    for opener in [
        "Meanwhile",
        "Embattled",
        "Later",
        "Reportedly",
        "Veteran",
        "Defiant",
        "Tearful",
        "If",
        "Furious",
        "Local",
        "Under",
    ] {
        assert_eq!(
            titles(&format!(
                "{opener} Prime Minister Tarlo Venn left for Lesk."
            )),
            [one("Tarlo Venn", "prime-minister", None)],
            "{opener}"
        );
    }
    // Before a body's name, a word said of the person or the time goes.
    for opener in ["Later", "Departing", "Sacked", "Powerful", "Rival"] {
        assert_eq!(
            titles(&format!("{opener} Harlow Mayor Ruben Ost left for Lesk.")),
            [one("Ruben Ost", "mayor", Some("Harlow"))],
            "{opener}"
        );
    }
}

#[test]
fn an_acronym_before_the_lexicons_office_is_its_body() {
    assert_eq!(
        titles("ESA Director General Ruben Ost said the launch would go ahead."),
        [one("Ruben Ost", "director-general", Some("ESA"))]
    );
    assert_eq!(
        titles("The launch was confirmed by ESA Director General Ruben Ost."),
        [one("Ruben Ost", "director-general", Some("ESA"))]
    );
}

#[test]
fn a_shadow_office_is_not_the_office() {
    assert_eq!(
        titles("Shadow Chancellor Lena Okafor criticised the budget."),
        [one("Lena Okafor", "shadow-chancellor", None)]
    );
    assert_eq!(
        titles("Lena Okafor, the shadow foreign secretary, criticised the deal."),
        [one("Lena Okafor", "shadow-foreign-secretary", None)]
    );
}

#[test]
fn capitalised_words_before_a_title_in_the_middle_of_a_sentence() {
    assert_eq!(
        titles("The plan was backed by Harlow Mayor Ruben Ost on Monday."),
        [one("Ruben Ost", "mayor", Some("Harlow"))]
    );
    assert_eq!(
        titles("He met Westmark coach Ana Brel on Friday."),
        [one("Ana Brel", "coach", Some("Westmark"))]
    );
    // Someone told, a place, a party: no body.
    assert_eq!(
        titles("The aide told Harlow Mayor Ruben Ost would resign."),
        [one("Ruben Ost", "mayor", None)]
    );
    assert_eq!(
        titles("In Lesk Mayor Ruben Ost opened the bridge."),
        [one("Ruben Ost", "mayor", None)]
    );
    assert_eq!(
        titles("He spoke to Democratic Senator Ana Brel on Friday."),
        [one("Ana Brel", "senator", None)]
    );
    for party in ["Republican", "Democrats", "GOP"] {
        assert_eq!(
            titles(&format!(
                "{party} Senator Ana Brel voted against the bill, as {party} leaders urged."
            )),
            [one("Ana Brel", "senator", None)],
            "{party}"
        );
    }
}

#[test]
fn a_body_in_the_possessive_before_its_title() {
    assert_eq!(
        titles("The producers' chairman, Mona Eid, said prices would rise."),
        [one("Mona Eid", "chair", Some("producers"))]
    );
    assert_eq!(
        titles("Harlow Motors' chief executive, Ana Brel, spoke."),
        [one("Ana Brel", "chief-executive", Some("Harlow Motors"))]
    );
    assert_eq!(
        titles("Harlow Motors' chief executive Ana Brel spoke."),
        [one("Ana Brel", "chief-executive", Some("Harlow Motors"))]
    );
    // A capitalised title after a possessive is not the body's name.
    assert_eq!(
        titles("Norland's Foreign Minister, Tarlo Venn, flew to Lesk."),
        [one("Tarlo Venn", "foreign-minister", Some("Norland"))]
    );
    // An organisation's noun after the possessive is the body's.
    assert_eq!(
        titles("The players' union president, Karl Dorn, criticised the schedule."),
        [one("Karl Dorn", "president", Some("players' union"))]
    );
    // No title after the possessive: no role.
    assert!(titles("The workers' strike, Ana Brel said, would go on.").is_empty());
}

#[test]
fn a_policy_chief() {
    assert_eq!(
        titles("EU foreign policy chief Ana Brel said talks would resume."),
        [one("Ana Brel", "foreign-policy-chief", Some("EU"))]
    );
}

#[test]
fn heading_a_body_since_and_taking_over_as() {
    assert_eq!(
        titles("Ana Brel has headed the Civic Party since 2019."),
        [one("Ana Brel", "head", Some("Civic Party"))]
    );
    assert_eq!(
        titles("Ana Brel, who has led the Civic Party since 2019, spoke first."),
        [one("Ana Brel", "leader", Some("Civic Party"))]
    );
    assert_eq!(
        titles("Ana Brel has chaired the council since 2021."),
        [one("Ana Brel", "chair", Some("council"))]
    );
    // Without "since", who has headed or led something may no longer.
    assert!(titles("Ana Brel has led the Civic Party to three wins.").is_empty());
    assert!(titles("Ana Brel has headed the inquiry.").is_empty());
    assert_eq!(
        titles("Ana Brel took over as chief executive of Harlow Motors in March."),
        [with(
            "Ana Brel",
            "chief-executive",
            Some("Harlow Motors"),
            Qualifier::Then
        )]
    );
    assert_eq!(
        titles("Ana Brel will take office as mayor of Lesk in January."),
        [with("Ana Brel", "mayor", Some("Lesk"), Qualifier::Elect)]
    );
    // What someone could do is no claim.
    assert!(titles("Ana Brel could take over as coach.").is_empty());
}

#[test]
fn a_body_after_the_name_and_a_qualifier_before_the_body() {
    assert_eq!(
        titles("Imam Omar Feld of the Eastside Mosque led prayers."),
        [one("Omar Feld", "imam", Some("Eastside Mosque"))]
    );
    assert_eq!(
        titles("Professor Karl Dorn of the University of Lesk gave the lecture."),
        [one("Karl Dorn", "professor", Some("University of Lesk"))]
    );
    // A time after the name is none.
    assert_eq!(
        titles("Mayor Pia Lund of Harlow spoke in May."),
        [one("Pia Lund", "mayor", Some("Harlow"))]
    );
    assert_eq!(
        titles("Former Harlow mayor Pia Lund now teaches."),
        [with("Pia Lund", "mayor", Some("Harlow"), Qualifier::Former)]
    );
    assert_eq!(
        titles("The lanes were backed by then-Essel mayor Ana Brel."),
        [with("Ana Brel", "mayor", Some("Essel"), Qualifier::Then)]
    );
    // A state's name that opens with a qualifier's word.
    assert_eq!(
        titles("New York Gov. Mona Eid said the charge would stay."),
        [one("Mona Eid", "governor", Some("New York"))]
    );
    // Coordinated names each keep their own body; a word of English alone after "of" is a
    // field, and words in lower case no body.
    assert_eq!(
        titles("Senator Ana Brel of Ohio and Senator Mona Eid of Texas backed the bill."),
        [
            one("Ana Brel", "senator", Some("Ohio")),
            one("Mona Eid", "senator", Some("Texas"))
        ]
    );
    assert_eq!(
        titles("Professor Karl Dorn of Physics won the prize."),
        [one("Karl Dorn", "professor", None)]
    );
    assert_eq!(
        titles("Governor Lena Okafor of his own party attacked the plan."),
        [one("Lena Okafor", "governor", None)]
    );
    // An organisation's noun before the title, in lower case or with "of" inside.
    assert_eq!(
        titles("Harlow council leader Ruben Ost said the bins would be collected."),
        [one("Ruben Ost", "council-leader", Some("Harlow"))]
    );
    assert_eq!(
        titles("Bank of Essel governor Tarlo Venn warned of inflation."),
        [one("Tarlo Venn", "governor", Some("Bank of Essel"))]
    );
    // A rank's word that starts a body's name, before a title in capitals.
    assert_eq!(
        titles("General Motors CEO Ruben Ost said the plant would reopen."),
        [one("Ruben Ost", "chief-executive", Some("General Motors"))]
    );
    // A headline's name ends before its verb, capitalised as every word is.
    assert_eq!(
        titles("Toyota Chairman Ana Brel Joins Rival Carmaker Board"),
        [one("Ana Brel", "chair", Some("Toyota"))]
    );
    // A party is the body of its own offices, never of a public one.
    assert_eq!(
        titles("Labour leader Ruben Ost promised to scrap the tax."),
        [one("Ruben Ost", "leader", Some("Labour"))]
    );
    assert_eq!(
        titles("The vote was called by Democratic whip Ana Brel."),
        [one("Ana Brel", "whip", Some("Democratic"))]
    );
    assert_eq!(
        titles("Republican Senator Mona Eid objected."),
        [one("Mona Eid", "senator", None)]
    );
    // Who was told, and where it happened, are no body.
    assert_eq!(
        titles("Officials told Reuters Secretary Karl Dorn planned to resign."),
        [one("Karl Dorn", "secretary", None)]
    );
    // A form of address or a word of the title is no body.
    assert_eq!(
        titles("Lady Chief Justice Ana Brel issued new guidance."),
        [one("Ana Brel", "lady-chief-justice", None)]
    );
}

#[test]
fn a_title_in_brackets_after_the_name() {
    assert_eq!(
        titles("Ilse Varga (interior minister) and Mara Ostrow (justice minister) met."),
        [
            one("Ilse Varga", "interior-minister", None),
            one("Mara Ostrow", "justice-minister", None)
        ]
    );
    assert_eq!(
        titles("Tarlo Venn (chief executive of Harlow Motors) said sales rose."),
        [one("Tarlo Venn", "chief-executive", Some("Harlow Motors"))]
    );
    // An aside in brackets between the name and its title after a comma.
    assert_eq!(
        titles("Ana Brel (pictured), the club's assistant manager, was proud."),
        [one("Ana Brel", "assistant-manager", Some("club"))]
    );
    // Brackets that hold more than a title, or a party, hold no title.
    assert!(titles("Ana Brel (president, 2019-2023) spoke.").is_empty());
    assert!(titles("Ana Brel (Civic Party) said she would vote against.").is_empty());
}

#[test]
fn names_with_a_hyphen_or_a_form_of_address_before_an_apposition() {
    assert_eq!(
        titles("Halima Yusuf-Garba, the former finance minister, was charged."),
        [with(
            "Halima Yusuf-Garba",
            "finance-minister",
            None,
            Qualifier::Former
        )]
    );
    assert_eq!(
        titles("Mr Adebayo, 64, the former energy minister, denied the charges."),
        [with("Adebayo", "energy-minister", None, Qualifier::Former)]
    );
    assert_eq!(
        titles("On Monday, Dr. Raghunathan, the chief medical officer, spoke."),
        [one("Raghunathan", "chief-medical-officer", None)]
    );
    // The surname alone, as a full name said before links to it.
    let read = titles("Tarlo Venn spoke. Later Mr Venn, the former mayor, left.");
    assert_eq!(read, [with("Venn", "mayor", None, Qualifier::Former)]);
    // A hyphenated place alone is no person's name.
    assert_eq!(
        titles("In Lesk-Essel, the former finance minister, Ana Brel, campaigned."),
        [with(
            "Ana Brel",
            "finance-minister",
            None,
            Qualifier::Former
        )]
    );
    // One capitalised word alone before the comma is no person without the form of address.
    assert_eq!(
        titles("On Monday, Raghunathan, the chief medical officer, spoke."),
        []
    );
    assert_eq!(
        titles("The Tarlo-Venn merger, the biggest deal, closed."),
        []
    );
}

#[test]
fn businesses_and_buildings_are_no_names_after_a_title() {
    assert_eq!(
        titles("The talks were held at the President Hotel in Lesk."),
        []
    );
    assert_eq!(titles("Shares in Marshal Ferreira Logistics rose."), []);
    assert_eq!(
        titles("President Tarlo Venn spoke."),
        [one("Tarlo Venn", "president", None)]
    );
}

#[test]
fn offices_told_by_a_verb_a_copula_or_an_adverb_of_time() {
    assert_eq!(
        titles("Ana Brel, who heads the anti-corruption bureau, said."),
        [one("Ana Brel", "head", Some("anti-corruption bureau"))]
    );
    assert_eq!(
        titles("Ana Brel, who is head of the refugee agency, said."),
        [one("Ana Brel", "head", Some("refugee agency"))]
    );
    assert_eq!(
        titles("Mona Eid is the mayor of Valmont-sur-Loire."),
        [one("Mona Eid", "mayor", Some("Valmont-sur-Loire"))]
    );
    assert_eq!(
        titles("Ivo Mandrell served as defence minister under President Tarlo Venn."),
        [
            with("Ivo Mandrell", "defence-minister", None, Qualifier::Then),
            one("Tarlo Venn", "president", None)
        ]
    );
    assert_eq!(
        titles("Ilse Varga, previously deputy governor of the central bank, joined the board."),
        [with(
            "Ilse Varga",
            "deputy-governor",
            Some("central bank"),
            Qualifier::Former
        )]
    );
    assert_eq!(
        titles("Faisal Harbi, the police chief, said."),
        [one("Faisal Harbi", "chief", None)]
    );
    // A copula without an article names an office only before "of", and only an office that
    // heads a body.
    assert_eq!(titles("The plan is head of the queue."), []);
    assert_eq!(titles("Ana Brel is chief in all but name."), []);
    assert_eq!(titles("Ana Brel was manager of the month in March."), []);
    assert_eq!(
        titles("Tarlo Venn is leader of the race after stage two."),
        []
    );
    // "police" is the office's place for a chief, not a minister's portfolio dropped.
    assert!(
        !titles("Tarlo Venn, the police minister, said.")
            .iter()
            .any(|t| t.1 == "minister")
    );
}

#[test]
fn a_field_between_chief_and_officer_and_particles_in_a_row() {
    assert_eq!(
        titles("The insurer's chief risk officer Ivo Mandrell will step down."),
        [one("Ivo Mandrell", "chief-risk-officer", None)]
    );
    assert_eq!(
        titles("Chief Technology Officer Ana Brel said."),
        [one("Ana Brel", "chief-technology-officer", None)]
    );
    assert_eq!(
        titles("Piet van der Venn, then the party's treasurer, signed the cheques."),
        [with(
            "Piet van der Venn",
            "treasurer",
            Some("party"),
            Qualifier::Then
        )]
    );
}

#[test]
fn a_plural_title_is_each_names() {
    assert_eq!(
        titles("Senators Kalinda Moore and Efraín Solís Barrios co-sponsored the bill."),
        vec![
            one("Kalinda Moore", "senator", None),
            one("Efraín Solís Barrios", "senator", None)
        ]
    );
    assert_eq!(
        titles("Former bishops Ana Brel, Tarlo Venn and Mona Eid signed."),
        vec![
            with("Ana Brel", "bishop", None, Qualifier::Former),
            with("Tarlo Venn", "bishop", None, Qualifier::Former),
            with("Mona Eid", "bishop", None, Qualifier::Former)
        ]
    );
    // A jurisdiction before the plural is the title's.
    let found = titles("US senators Ana Brel and Tarlo Venn met.");
    assert_eq!(
        found
            .iter()
            .map(|t| (t.0.as_str(), t.1.as_str()))
            .collect::<Vec<_>>(),
        [("Ana Brel", "senator"), ("Tarlo Venn", "senator")]
    );
    // One name is no plural's; a plural that is no title head gives none.
    assert!(titles("Senators Ana Brel spoke.").is_empty());
    assert!(titles("Witnesses Ana Brel and Tarlo Venn testified.").is_empty());
    // A verb after its subject is no plural title; a name with a title of its own, or an aside
    // after it, ends the list.
    assert!(titles("Mona Eid coaches Ana Brel and Tarlo Venn.").is_empty());
    let found = titles("Senators Ana Brel and Tarlo Venn and Representative Mona Eid met.");
    assert!(
        !found.iter().any(|t| t.0 == "Mona Eid" && t.1 == "senator"),
        "{found:?}"
    );
    let found = titles("Senators Ana Brel, Tarlo Venn, and Mona Eid, a lobbyist, met.");
    assert!(!found.iter().any(|t| t.0 == "Mona Eid"), "{found:?}");
}

#[test]
fn new_of_a_place_is_no_qualifier() {
    assert_eq!(
        titles("New Zealand Prime Minister Ana Brel spoke."),
        vec![one("Ana Brel", "prime-minister", Some("NZ"))]
    );
    // "new" yields to a qualifier after it, and to a verb's time.
    assert_eq!(
        titles("Ana Brel, the club's new interim coach, spoke.")[0].3,
        Qualifier::Interim
    );
    assert_eq!(
        titles("Ana Brel will take over as the new prime minister next month.")[0].3,
        Qualifier::Elect
    );
}

#[test]
fn a_short_sentence_of_names_is_no_headline() {
    // Most words capitalised, but a lower-case verb: the hyphenated surname and the third
    // word of a name stay the name's.
    assert_eq!(
        titles("Speaker Ana Brel-Hart spoke."),
        vec![one("Ana Brel-Hart", "speaker", None)]
    );
    assert_eq!(
        titles("Governor Tarlo Venn Barrios left."),
        vec![one("Tarlo Venn Barrios", "governor", None)]
    );
}

#[test]
fn a_member_of_a_body_that_holds_seats() {
    let found = titles("Tamar Gelashvili, a member of parliament for the ruling party, abstained.");
    assert_eq!(found[0].0, "Tamar Gelashvili");
    assert_eq!(found[0].1, "member-of-parliament");
    // A member of the public, of a family or of a gang holds no seat.
    assert!(titles("Ana Brel, a member of the public, spoke.").is_empty());
    assert!(titles("Ana Brel, a member of Venn's family, spoke.").is_empty());
    assert!(titles("Ana Brel, a member of the gang, was arrested.").is_empty());
}
