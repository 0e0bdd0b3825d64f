//! Short codes in lowercase base32 (RFC 4648's alphabet, `a`–`z` and
//! `2`–`7`): an assignment's id, a start's id and a response's checksum.
//! Five bits a character, no letters that need telling apart by case, and
//! nothing a link must escape.

/// The 32 characters, each standing for its place.
const ALPHABET: &[u8; 32] = b"abcdefghijklmnopqrstuvwxyz234567";

/// The low `5 * chars` bits of `bits` as `chars` characters, the highest
/// bits first.
pub fn encode(bits: u32, chars: usize) -> String {
    (0..chars)
        .rev()
        .map(|place| char::from(ALPHABET[((bits >> (5 * place)) & 31) as usize]))
        .collect()
}

/// The bits `chars` characters stand for, if the text is exactly that many
/// characters of the alphabet (in lower case).
pub fn decode(text: &str, chars: usize) -> Option<u32> {
    if text.len() != chars {
        return None;
    }
    text.bytes().try_fold(0, |bits, byte| {
        let value = ALPHABET.iter().position(|&c| c == byte)?;
        Some((bits << 5) | value as u32)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bits_round_trip_through_their_characters() {
        assert_eq!(encode(0, 4), "aaaa");
        assert_eq!(encode(31, 2), "a7");
        assert_eq!(encode(u32::MAX, 6), "777777");
        assert_eq!(decode("777777", 6), Some((1 << 30) - 1));
        for bits in [0, 1, 31, 32, 12_345, (1 << 20) - 1] {
            assert_eq!(decode(&encode(bits, 4), 4), Some(bits));
        }
    }

    #[test]
    fn anything_else_is_not_a_code() {
        for text in ["", "aaa", "aaaaa", "AAAA", "aa1a", "aa8a", "aé", "aa a"] {
            assert_eq!(decode(text, 4), None, "{text}");
        }
    }
}
