//! Small text helpers the rules share: @names, links and words, without pulling a tokenizer in.

/// Whether a byte may be part of a handle.
fn handle_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

/// The @names the text starts with (`@a @b hello` gives `a`, `b`), also after a leading `.`.
pub fn leading_handles(text: &str) -> Vec<String> {
    leading(text).map(str::to_string).collect()
}

/// The @names the text starts with, as they stand in it.
fn leading(text: &str) -> impl Iterator<Item = &str> {
    let mut rest = text.trim_start();
    if rest.starts_with(".@") {
        rest = &rest[1..];
    }
    std::iter::from_fn(move || {
        let r = rest.strip_prefix('@')?;
        let end = r.bytes().position(|b| !handle_byte(b)).unwrap_or(r.len());
        if end == 0 {
            return None;
        }
        rest = r[end..].trim_start_matches([',', ' ', '\t', '\n', '\r']);
        Some(&r[..end])
    })
}

/// Whether the text starts with an @name.
pub fn at_lead(text: &str) -> bool {
    leading(text).next().is_some()
}

/// Whether a word is a web link.
fn is_link(word: &str) -> bool {
    let starts = |p: &str| {
        word.get(..p.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(p))
    };
    starts("http://") || starts("https://") || starts("www.")
}

/// Whether the text holds a web link.
pub fn has_link(text: &str) -> bool {
    text.split_whitespace().any(link_word) || holds_scheme(text)
}

/// Whether a whitespace-separated word is a link once leading punctuation (`(`, `<`) is off.
fn link_word(w: &str) -> bool {
    is_link(w.trim_start_matches(|c: char| !c.is_alphanumeric()))
}

/// Whether a link's scheme appears anywhere, even glued to a word.
fn holds_scheme(text: &str) -> bool {
    text.contains("http://") || text.contains("https://")
}

/// Whether a whitespace-separated word is neither an @name nor a link.
fn said(w: &str) -> bool {
    let bare = w.trim_start_matches(|c: char| !c.is_alphanumeric() && c != '@');
    !bare.starts_with('@') && !is_link(bare)
}

/// The whitespace-separated words of the text that are neither @names nor links.
fn said_words(text: &str) -> impl Iterator<Item = &str> {
    text.split_whitespace().filter(|w| said(w))
}

/// The words (letters, digits and apostrophes) of one said word.
fn parts(w: &str) -> impl Iterator<Item = &str> {
    w.split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
        .map(|w| w.trim_matches(['\'', '’']))
        .filter(|w| !w.is_empty())
}

/// The words of [`words`], as they stand in the text (not lower-cased).
pub fn word_parts(text: &str) -> impl Iterator<Item = &str> {
    said_words(text).flat_map(parts)
}

/// Lower-case words (letters and digits) of the text without @names and links.
pub fn words(text: &str) -> Vec<String> {
    word_parts(text).map(str::to_lowercase).collect()
}

/// How many words [`words`] finds, and whether any has a letter or digit, without making them.
pub fn word_shape(text: &str) -> (usize, bool) {
    word_parts(text).fold((0, false), |(n, alnum), w| {
        (n + 1, alnum || w.chars().any(char::is_alphanumeric))
    })
}

/// What the rules' facts need of a text's words, found in one pass over it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Shape {
    /// [`has_link`].
    pub link: bool,
    /// [`question_mark`].
    pub question: bool,
    /// [`word_shape`]: how many words, and whether any has a letter or digit.
    pub words: usize,
    pub alnum: bool,
}

/// [`has_link`], [`question_mark`] and [`word_shape`] at once.
pub fn shape(text: &str) -> Shape {
    if bytewise(text) {
        shape_ascii(text.as_bytes())
    } else {
        shape_any(text)
    }
}

/// Whether the text can be read byte by byte as if it were ASCII: every character outside ASCII
/// is one the word rules treat as they treat ASCII punctuation (an emoji, `…`, `—`, curly double
/// quotes), being neither white space, nor a letter or digit, nor the curly apostrophe or a
/// question mark. Each byte of such a character is then in no class of [`ASCII_CLASS`], and the
/// answers byte by byte are the answers character by character (property tests compare them).
/// Posts with an emoji or a `…` (an eighth of the benchmark's archive) were all read character
/// by character.
fn bytewise(text: &str) -> bool {
    text.is_ascii()
        || text.chars().all(|c| {
            c.is_ascii()
                || !(c.is_whitespace()
                    || c.is_alphanumeric()
                    || c == '’'
                    || QUESTION_MARKS.contains(&c))
        })
}

/// [`shape`] of a text read byte by byte ([`bytewise`]): most texts are ASCII, and for them
/// every character test below is the `char` one of [`shape_any`].
/// One pass: each byte's class comes from a table, and a word's question mark and word count
/// are gathered while its end is looked for.
fn shape_ascii(text: &[u8]) -> Shape {
    let mut s = Shape::default();
    let mut i = 0;
    while i < text.len() {
        if ASCII_CLASS[usize::from(text[i])] & SPACE != 0 {
            i += 1;
            continue;
        }
        let start = i;
        let (mut question, mut in_word, mut words) = (false, false, 0);
        while i < text.len() {
            let class = ASCII_CLASS[usize::from(text[i])];
            if class & SPACE != 0 {
                break;
            }
            question |= class & QUESTION != 0;
            // Words are the runs of letters, digits and apostrophes holding a letter or digit.
            let alnum = class & ALNUM != 0;
            let apostrophe = class & APOSTROPHE != 0;
            words += usize::from(in_word && !alnum && !apostrophe);
            in_word = alnum || (in_word && apostrophe);
            i += 1;
        }
        words += usize::from(in_word);
        let w = &text[start..i];
        s.link |= ascii_link(after(w, |b| b.is_ascii_alphanumeric()));
        if ascii_said(w) {
            s.question |= question;
            s.words += words;
        }
    }
    s.alnum = s.words > 0;
    // [`holds_scheme`]: a `:` with `http` or `https` before it and `//` after.
    s.link |= memchr::memchr_iter(b':', text).any(|k| {
        text[k + 1..].starts_with(b"//")
            && (text[..k].ends_with(b"http") || text[..k].ends_with(b"https"))
    });
    s
}

/// [`ASCII_CLASS`] bits: white space as `char::is_whitespace` has it on ASCII (the line
/// tabulation, 0x0B, included), letters and digits, the apostrophe, the question mark.
const SPACE: u8 = 1;
const ALNUM: u8 = 2;
const APOSTROPHE: u8 = 4;
const QUESTION: u8 = 8;

/// The class of each byte of an ASCII text.
const ASCII_CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        t[b] = if matches!(c, b' ' | b'\t' | b'\n' | b'\x0B' | b'\x0C' | b'\r') {
            SPACE
        } else if c.is_ascii_alphanumeric() {
            ALNUM
        } else if c == b'\'' {
            APOSTROPHE
        } else if c == b'?' {
            QUESTION
        } else {
            0
        };
        b += 1;
    }
    t
};

/// The whitespace-separated words of an ASCII text (`char::is_whitespace` on ASCII: the line
/// tabulation, 0x0B, is white space too).
fn ascii_words(text: &[u8]) -> impl Iterator<Item = &[u8]> {
    text.split(|b| matches!(b, b' ' | b'\t' | b'\n' | b'\x0B' | b'\x0C' | b'\r'))
        .filter(|w| !w.is_empty())
}

/// `w` from its first byte that `keep`s on.
fn after(w: &[u8], keep: fn(u8) -> bool) -> &[u8] {
    &w[w.iter().position(|&b| keep(b)).unwrap_or(w.len())..]
}

/// [`is_link`] of ASCII bytes.
fn ascii_link(w: &[u8]) -> bool {
    let starts = |p: &[u8]| w.get(..p.len()).is_some_and(|h| h.eq_ignore_ascii_case(p));
    starts(b"http://") || starts(b"https://") || starts(b"www.")
}

/// [`said`] of an ASCII word.
fn ascii_said(w: &[u8]) -> bool {
    let bare = after(w, |b| b.is_ascii_alphanumeric() || b == b'@');
    bare.first() != Some(&b'@') && !ascii_link(bare)
}

/// [`parts`] of an ASCII word.
fn ascii_parts(w: &[u8]) -> impl Iterator<Item = &[u8]> {
    w.split(|&b| !(b.is_ascii_alphanumeric() || b == b'\''))
        .map(|p| {
            let start = p.iter().position(|&b| b != b'\'').unwrap_or(p.len());
            let end = p.iter().rposition(|&b| b != b'\'').map_or(start, |e| e + 1);
            &p[start..end]
        })
        .filter(|p| !p.is_empty())
}

/// Calls `f` with each word of [`word_parts`], as bytes; a text that can be read byte by byte
/// ([`bytewise`]) is split byte by byte.
pub fn each_word_part(text: &str, mut f: impl FnMut(&[u8])) {
    if bytewise(text) {
        ascii_words(text.as_bytes())
            .filter(|w| ascii_said(w))
            .flat_map(ascii_parts)
            .for_each(f);
    } else {
        word_parts(text).for_each(|w| f(w.as_bytes()));
    }
}

/// [`shape`] of any text.
fn shape_any(text: &str) -> Shape {
    let mut s = Shape::default();
    for w in text.split_whitespace() {
        s.link |= link_word(w);
        if !said(w) {
            continue;
        }
        s.question |= w.contains(QUESTION_MARKS);
        for part in parts(w) {
            s.words += 1;
            s.alnum |= part.chars().any(char::is_alphanumeric);
        }
    }
    s.link |= holds_scheme(text);
    s
}

const QUESTION_MARKS: [char; 3] = ['?', '？', '¿'];

/// Whether the text, links aside, holds a question mark.
pub fn question_mark(text: &str) -> bool {
    said_words(text).any(|w| w.contains(QUESTION_MARKS))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_shape_counts_what_words_finds() {
        for t in [
            "Hello @a, see https://x.y — it's “great”!!",
            "'' ’’ ... @only",
            "",
            "Één twee, drie? www.example.org 42",
            "don't stop—ok",
        ] {
            let w = words(t);
            let expected = (
                w.len(),
                w.iter().any(|w| w.chars().any(char::is_alphanumeric)),
            );
            assert_eq!(word_shape(t), expected, "{t:?}");
        }
    }

    #[test]
    fn shape_agrees_with_the_helpers_one_by_one() {
        for t in [
            "Hello @a, see https://x.y — it's “great”!!",
            "'' ’’ ... @only?",
            "",
            "Één twee, drie? www.example.org 42",
            "read https://x.org/?id=4",
            "(https://x.org) why?",
            "x http://",
            "don't stop—ok ¿qué?",
        ] {
            let (words, alnum) = word_shape(t);
            let expected = Shape {
                link: has_link(t),
                question: question_mark(t),
                words,
                alnum,
            };
            assert_eq!(shape(t), expected, "{t:?}");
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(3000))]

        /// The shape of a text is the one found character by character: byte by byte for ASCII
        /// texts and texts whose other characters are symbols (emoji, `…`, curly quotes), and
        /// character by character where a letter, digit, space, apostrophe or question mark
        /// outside ASCII is met.
        #[test]
        fn the_bytewise_shape_is_the_general_one(
            pieces in proptest::collection::vec(proptest::sample::select(vec![
                "a", "Z", "9", "_", "'", "@", "@x", "?", ".", "(", "<", "-", " ", "  ", "\t",
                "\n", "\x0B", "\x0C", "\r", "\x1C", "http://", "HTTPS://", "www.", "wWw.x",
                "https:/", "it's", "''", "a'b", "!", "#tag", "&amp;", "…", "—", "“", "”", "😊",
                "🧵", "\u{2028}", "é", "’", "？", "¿", "\u{a0}", "Ⅻ", "٣", "\u{85}",
            ]), 0..24),
        ) {
            let text: String = pieces.concat();
            proptest::prop_assert_eq!(shape(&text), shape_any(&text), "{:?}", text);
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(3000))]

        /// The words of a text split byte by byte (where [`bytewise`] allows it) are the words
        /// split by characters.
        #[test]
        fn bytewise_word_parts_are_the_general_ones(
            pieces in proptest::collection::vec(proptest::sample::select(vec![
                "a", "Z", "9", "_", "'", "'x'", "@", "@x", "?", ".", "(", " ", "\t", "\x0B",
                "\n", "http://", "www.", "it's", "''", "a'b", "!", "-", "#tag", "…", "—", "“",
                "😊", "🧵", "\u{2028}", "é", "’", "x’s", "？", "\u{a0}", "Ⅻ", "\u{85}",
            ]), 0..24),
        ) {
            let text: String = pieces.concat();
            let mut fast: Vec<Vec<u8>> = Vec::new();
            each_word_part(&text, |w| fast.push(w.to_vec()));
            let general: Vec<Vec<u8>> = word_parts(&text).map(|w| w.as_bytes().to_vec()).collect();
            proptest::prop_assert_eq!(fast, general, "{:?}", text);
        }
    }

    #[test]
    fn leading_handles_stop_at_the_first_word() {
        assert_eq!(leading_handles("@a @b_c, hi @d"), vec!["a", "b_c"]);
        assert_eq!(leading_handles(".@lee joins us"), vec!["lee"]);
        assert!(leading_handles("hi @a").is_empty());
        assert!(leading_handles("@ alone").is_empty());
    }

    #[test]
    fn links_and_handles_are_removed_from_words() {
        assert_eq!(
            words("@sam_b Here's the link: https://x.org/a?b=1 (thanks!)"),
            vec!["here's", "the", "link", "thanks"]
        );
        assert!(has_link("see www.example.org"));
        assert!(!has_link("no link here"));
    }

    #[test]
    fn question_marks_inside_links_do_not_count() {
        assert!(!question_mark("read https://x.org/?id=4"));
        assert!(question_mark("@sam which one?"));
    }
}
