//! Numbers as reporters write them: digits with thousands separators, or words.

const ONES: [&str; 20] = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
];
const TENS: [&str; 10] = [
    "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
];

/// "3,480", "12", "1,020".
pub fn digits(n: u64) -> String {
    let plain = n.to_string();
    let mut out = String::new();
    for (i, c) in plain.chars().enumerate() {
        if i > 0 && (plain.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// "fourteen", "thirty-one", "one hundred and twelve"; None above 999.
pub fn words(n: u64) -> Option<String> {
    match n {
        0..=19 => Some(ONES[n as usize].to_string()),
        20..=99 => {
            let tens = TENS[(n / 10) as usize];
            Some(if n.is_multiple_of(10) {
                tens.to_string()
            } else {
                format!("{tens}-{}", ONES[(n % 10) as usize])
            })
        }
        100..=999 => {
            let hundreds = format!("{} hundred", ONES[(n / 100) as usize]);
            Some(if n.is_multiple_of(100) {
                hundreds
            } else {
                format!("{hundreds} and {}", words(n % 100)?)
            })
        }
        _ => None,
    }
}

/// "third", "fourth": ordinals for periods of time.
pub fn ordinal(n: u64) -> &'static str {
    const ORDINALS: [&str; 13] = [
        "zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
        "ninth", "tenth", "eleventh", "twelfth",
    ];
    ORDINALS.get(n as usize).copied().unwrap_or("thirteenth")
}

/// The first letter in upper case, for a word that opens a sentence.
pub fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}
