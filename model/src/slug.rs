//! Slugs: the ids the content gives its steps and glossary terms, which go
//! into URL paths and document ids as they are, so loading the content
//! checks each one.

/// Whether an id is safe to put in a URL path or a document id as it is.
pub fn is_slug(id: &str) -> bool {
    !id.is_empty()
        && !id.starts_with('-')
        && !id.ends_with('-')
        && !id.contains("--")
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs() {
        for good in ["a", "cold-war", "step-2"] {
            assert!(is_slug(good), "{good}");
        }
        for bad in ["", "-a", "a-", "a--b", "A", "a b", "a/b", "é"] {
            assert!(!is_slug(bad), "{bad}");
        }
    }
}
