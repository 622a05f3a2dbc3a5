//! Message templates: `{a.outlet} reports {a.value}`, with the placeholders a kind provides.

use std::collections::BTreeMap;

/// The placeholders a template uses, in order; `{{` and `}}` are literal braces.
pub fn placeholders(template: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        if rest[open + 1..].starts_with('{') {
            rest = &rest[open + 2..];
            continue;
        }
        match rest[open + 1..].find('}') {
            Some(close) => {
                out.push(rest[open + 1..open + 1 + close].trim().to_string());
                rest = &rest[open + 2 + close..];
            }
            None => {
                out.push(rest[open + 1..].to_string());
                break;
            }
        }
    }
    out
}

/// Fills a template. Unknown placeholders are left as written; compilation rejects them
/// before a rule ever runs.
pub fn render_template(template: &str, values: &BTreeMap<&'static str, String>) -> String {
    let mut out = String::with_capacity(template.len() + 32);
    let mut rest = template;
    while let Some(open) = rest.find(['{', '}']) {
        out.push_str(&rest[..open]);
        let brace = &rest[open..];
        if brace.starts_with("{{") || brace.starts_with("}}") {
            out.push_str(&brace[..1]);
            rest = &brace[2..];
            continue;
        }
        if let Some(after) = brace.strip_prefix('}') {
            out.push('}');
            rest = after;
            continue;
        }
        match brace.find('}') {
            Some(close) => {
                let name = brace[1..close].trim();
                match values.get(name) {
                    Some(value) => out.push_str(value),
                    None => out.push_str(&brace[..=close]),
                }
                rest = &brace[close + 1..];
            }
            None => {
                out.push_str(brace);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_placeholders() {
        assert_eq!(
            placeholders("{a.outlet} says {{literal}} {b.value}"),
            vec!["a.outlet", "b.value"]
        );
        assert_eq!(placeholders("open {end"), vec!["end"]);
    }

    #[test]
    fn fills_placeholders() {
        let mut values = BTreeMap::new();
        values.insert("measure", "drones launched".to_string());
        assert_eq!(
            render_template("{measure}: {{x}} {other}", &values),
            "drones launched: {x} {other}"
        );
    }
}
