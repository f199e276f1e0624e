//! Which lexicons match a text, fast.
//!
//! The lexicons hold a few hundred case-insensitive patterns with Unicode word boundaries. One
//! `RegexSet` for all of them runs as a lazy DFA, one pass over the text, but only while the
//! text holds nothing that makes a Unicode `\b` differ from an ASCII one: the DFA cannot decide
//! a Unicode word boundary next to a non-ASCII character, and gives up (to the much slower
//! PikeVM). So the set is compiled a second time with ASCII word boundaries, which give exactly
//! the same answers on any text without a non-ASCII *word* character (emoji, curly quotes and
//! dashes are not word characters), and that set answers for most texts.
//!
//! Texts with a non-ASCII letter or digit (`café`, `één`) go through a literal prefilter in front
//! of the lexicons' own regexes instead. Almost every pattern starts with a literal word
//! (`\bthank…`, `\bsign\s+up\b`), so one Aho-Corasick pass over the text finds the few patterns
//! that could match, and only those are run, each as its own small regex, stopping at the first
//! hit per lexicon.
//!
//! Neither path changes an answer. The ASCII-boundary set is used only where the two kinds of
//! boundary agree. The prefilter skips a pattern only when none of the literals every match of
//! it must start with occurs in the text (compared ASCII-case-insensitively). Patterns without
//! such literals, or with non-ASCII ones (whose Unicode case folding the prefilter does not
//! model), are always run; texts holding the two non-ASCII characters that fold to ASCII letters
//! (KELVIN SIGN, LONG S) go through the complete set. A property test checks the answers against
//! the plain `RegexSet`.

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use std::sync::{Arc, OnceLock};

use regex::{RegexSet, RegexSetBuilder};
use regex_automata::nfa::thompson::{self, WhichCaptures};
use regex_automata::util::pool::Pool;
use regex_automata::{self as automata, hybrid, meta, util::syntax};
use regex_syntax::hir::literal::{ExtractKind, Extractor};
use regex_syntax::hir::{Hir, HirKind, Look};

/// Compiled patterns, each belonging to one group (a lexicon), answering which groups match.
#[derive(Debug, Clone)]
pub struct PatternSet {
    regexes: Vec<meta::Regex>,
    /// The group of each pattern.
    owner: Vec<usize>,
    /// Literals that every match of some pattern starts with.
    prefilter: Option<AhoCorasick>,
    /// For each prefilter literal, the patterns it stands for, and whether the pattern starts
    /// with `\b` before a word character (so the literal cannot follow a letter or digit).
    literal_patterns: Vec<Vec<(usize, bool)>>,
    /// Patterns with no usable literal: run on every text.
    always: Vec<usize>,
    /// The patterns as written, for building `full`.
    patterns: Vec<String>,
    /// Every pattern in one set, for the texts the prefilter cannot speak for. Built on first
    /// use: such texts (KELVIN SIGN, LONG S) are rare, and compiling the set takes longer than
    /// classifying a large archive's other texts; `None` when the set is past its size limit,
    /// and the patterns' own regexes answer instead.
    full: OnceLock<Option<RegexSet>>,
    /// Every pattern in one set with ASCII word boundaries, for the texts where they agree with
    /// the Unicode ones (`None` if it grew past the size limit): a lazy DFA walked directly
    /// ([`AsciiSet`]). The `regex` crate's set answer allocates a list of matched patterns for
    /// every text, and most texts match nothing.
    ascii_bounds: Option<AsciiSet>,
}

/// Every pattern in one lazy DFA (ASCII word boundaries, all matches), walked a byte at a time
/// by [`AsciiSet::mark`], which notes the patterns of each match state it passes. Asked through
/// `meta::Regex::which_overlapping_matches`, the same DFA's search returned at every match to be
/// started again, and the list of matched patterns was walked whole for every text with a hit.
#[derive(Clone)]
struct AsciiSet {
    dfa: Arc<hybrid::dfa::DFA>,
    /// The DFA's states built so far, one cache per thread at a time.
    caches: Arc<Pool<hybrid::dfa::Cache, NewCache>>,
}

type NewCache = Box<dyn Fn() -> hybrid::dfa::Cache + Send + Sync>;

impl std::fmt::Debug for AsciiSet {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AsciiSet")
            .field("patterns", &self.dfa.pattern_len())
            .finish_non_exhaustive()
    }
}

impl AsciiSet {
    /// The set of `patterns` (ASCII word boundaries already), as `regex::RegexSet` would build
    /// it: `size_limit(1 << 26)`, `dfa_size_limit(1 << 23)`. `None` when it cannot be built.
    fn new(patterns: &[String]) -> Option<AsciiSet> {
        let dfa = hybrid::dfa::Builder::new()
            .configure(
                hybrid::dfa::Config::new()
                    .match_kind(automata::MatchKind::All)
                    .cache_capacity(1 << 23),
            )
            .syntax(syntax::Config::new().utf8(true))
            .thompson(
                thompson::Config::new()
                    .nfa_size_limit(Some(1 << 26))
                    .which_captures(WhichCaptures::None),
            )
            .build_many(patterns)
            .ok()?;
        let dfa = Arc::new(dfa);
        let for_cache = Arc::clone(&dfa);
        let new: NewCache = Box::new(move || hybrid::dfa::Cache::new(&for_cache));
        Some(AsciiSet {
            dfa,
            caches: Arc::new(Pool::new(new)),
        })
    }

    /// Sets `hits[owner[p]]` for every pattern `p` matching `text`. `false` when the DFA could
    /// not finish (it then may have set some hits, each a real one).
    fn mark(&self, text: &str, owner: &[usize], hits: &mut [bool]) -> bool {
        let dfa = &*self.dfa;
        let mut cache = self.caches.get();
        let cache = &mut *cache;
        let note = |cache: &hybrid::dfa::Cache, sid: hybrid::LazyStateID, hits: &mut [bool]| {
            for k in 0..dfa.match_len(cache, sid) {
                hits[owner[dfa.match_pattern(cache, sid, k).as_usize()]] = true;
            }
        };
        let Ok(mut sid) = dfa.start_state_forward(cache, &automata::Input::new(text)) else {
            return false;
        };
        for &b in text.as_bytes() {
            sid = match dfa.next_state(cache, sid, b) {
                Ok(next) => next,
                Err(_) => return false,
            };
            if sid.is_tagged() {
                if sid.is_match() {
                    note(cache, sid, hits);
                } else if sid.is_dead() {
                    return true;
                } else if sid.is_quit() {
                    return false;
                }
            }
        }
        match dfa.next_eoi_state(cache, sid) {
            Ok(end) if end.is_match() => note(cache, end, hits),
            Ok(_) => {}
            Err(_) => return false,
        }
        true
    }
}

/// One pattern as the lexicons use it: case-insensitive, its compiled size bounded. Only ever
/// asked whether it matches, so it is built without captures: the `regex` crate's `Regex` also
/// builds a one-pass DFA for them, about 4 MB over the built-in lexicons, held all run long.
/// Its errors read as the `regex` crate's do.
pub fn compile_one(pattern: &str, size_limit: usize) -> Result<meta::Regex, String> {
    meta::Builder::new()
        .configure(
            meta::Config::new()
                .nfa_size_limit(Some(size_limit))
                .onepass(false)
                .which_captures(WhichCaptures::None),
        )
        .syntax(syntax::Config::new().case_insensitive(true))
        .build(pattern)
        .map_err(|e| match (e.size_limit(), e.syntax_error()) {
            (Some(limit), _) => format!("Compiled regex exceeds size limit of {limit} bytes."),
            (None, Some(syntax)) => syntax.to_string(),
            (None, None) => e.to_string(),
        })
}

/// Characters outside ASCII whose Unicode simple case folding is an ASCII letter: under `(?i)`
/// `K` (U+212A) matches `k` and `ſ` (U+017F) matches `s`, which an ASCII prefilter would miss.
const FOLDS_TO_ASCII: [char; 2] = ['\u{212A}', '\u{017F}'];

impl PatternSet {
    /// Compiles `patterns` (case-insensitive), `owner[i]` being the group of pattern `i`.
    pub fn new(
        patterns: &[String],
        owner: Vec<usize>,
        size_limit: usize,
    ) -> Result<PatternSet, String> {
        let regexes = patterns
            .iter()
            .map(|p| compile_one(p, size_limit))
            .collect::<Result<Vec<_>, _>>()?;
        Ok(PatternSet::with_regexes(patterns, regexes, owner))
    }

    /// The set of `patterns` whose regexes were compiled already (by [`compile_one`], when they
    /// were checked one by one): each pattern is compiled once more, into the ASCII-boundary set.
    pub fn with_regexes(
        patterns: &[String],
        regexes: Vec<meta::Regex>,
        owner: Vec<usize>,
    ) -> PatternSet {
        let ascii_bounds = with_ascii_bounds(patterns).and_then(|p| AsciiSet::new(&p));
        let mut literals: Vec<Vec<u8>> = Vec::new();
        let mut literal_patterns: Vec<Vec<(usize, bool)>> = Vec::new();
        let mut always = Vec::new();
        for (i, p) in patterns.iter().enumerate() {
            let boundary = p.starts_with(r"\b") && !p.starts_with(r"\b{");
            match prefix_literals(p) {
                Some(lits) => {
                    for lit in lits {
                        let word_start = boundary && is_word_byte(lit[0]);
                        match literals.iter().position(|l| *l == lit) {
                            Some(k) => literal_patterns[k].push((i, word_start)),
                            None => {
                                literals.push(lit);
                                literal_patterns.push(vec![(i, word_start)]);
                            }
                        }
                    }
                }
                None => always.push(i),
            }
        }
        let prefilter = if literals.is_empty() {
            None
        } else {
            Some(
                AhoCorasickBuilder::new()
                    .ascii_case_insensitive(true)
                    .match_kind(MatchKind::Standard)
                    .build(&literals)
                    .expect("a few hundred short literals always build"),
            )
        };
        PatternSet {
            regexes,
            owner,
            prefilter,
            literal_patterns,
            always,
            patterns: patterns.to_vec(),
            full: OnceLock::new(),
            ascii_bounds,
        }
    }

    /// The patterns, as written.
    pub fn patterns(&self) -> &[String] {
        &self.patterns
    }

    /// The patterns of group `g`, as written.
    pub fn patterns_of(&self, g: usize) -> Vec<String> {
        self.patterns
            .iter()
            .zip(&self.owner)
            .filter(|(_, o)| **o == g)
            .map(|(p, _)| p.clone())
            .collect()
    }

    /// Marks the groups of every pattern matching `text`: through the complete set, or the
    /// patterns one by one where it could not be built.
    fn mark_all(&self, text: &str, hits: &mut [bool]) {
        let full = self.full.get_or_init(|| {
            RegexSetBuilder::new(&self.patterns)
                .case_insensitive(true)
                .size_limit(1 << 26)
                .build()
                .ok()
        });
        match full {
            Some(set) => {
                for p in set.matches(text).iter() {
                    hits[self.owner[p]] = true;
                }
            }
            None => {
                for (p, r) in self.regexes.iter().enumerate() {
                    if r.is_match(text) {
                        hits[self.owner[p]] = true;
                    }
                }
            }
        }
    }

    /// Sets `hits[g]` for every group `g` with a pattern matching `text`.
    pub fn mark_hits(&self, text: &str, hits: &mut [bool]) {
        if !self.mark_hits_ascii_bounds(text, hits) {
            self.mark_hits_prefiltered(text, hits);
        }
    }

    /// The answer from the ASCII-boundary set, when it can give it (`false`: it cannot; any
    /// hits it set before it stopped are real ones, and [`PatternSet::mark_hits_prefiltered`]
    /// adds the others).
    pub fn mark_hits_ascii_bounds(&self, text: &str, hits: &mut [bool]) -> bool {
        let Some(set) = &self.ascii_bounds else {
            return false;
        };
        if !ascii_bounds_agree(text) {
            return false;
        }
        set.mark(text, &self.owner, hits)
    }

    /// The answer through the literal prefilter, for any text.
    pub fn mark_hits_prefiltered(&self, text: &str, hits: &mut [bool]) {
        if !text.is_ascii() && text.contains(FOLDS_TO_ASCII) {
            self.mark_all(text, hits);
            return;
        }
        let mut candidate = vec![false; self.regexes.len()];
        let bytes = text.as_bytes();
        if let Some(ac) = &self.prefilter {
            for m in ac.find_overlapping_iter(text) {
                // After an ASCII letter, digit or `_` there is no word boundary (a non-ASCII
                // byte before proves nothing: it may or may not be part of a letter).
                let after_word = m.start() > 0 && is_word_byte(bytes[m.start() - 1]);
                for &(p, word_start) in &self.literal_patterns[m.pattern().as_usize()] {
                    if !(word_start && after_word) {
                        candidate[p] = true;
                    }
                }
            }
        }
        for &p in &self.always {
            candidate[p] = true;
        }
        for (p, _) in candidate.iter().enumerate().filter(|(_, c)| **c) {
            let g = self.owner[p];
            if !hits[g] && self.regexes[p].is_match(text) {
                hits[g] = true;
            }
        }
    }

    /// Whether the ASCII-boundary set was built (a rules file could make it too large).
    #[cfg(test)]
    pub(crate) fn has_ascii_bounds(&self) -> bool {
        self.ascii_bounds.is_some()
    }

    /// The same answer from the complete set, without the prefilter (for tests and checks).
    pub fn mark_hits_exhaustive(&self, text: &str, hits: &mut [bool]) {
        self.mark_all(text, hits);
    }
}

/// Whether ASCII and Unicode word boundaries fall in the same places in `text`: they do unless
/// a non-ASCII character is a word character (a letter, digit or joiner in some script).
fn ascii_bounds_agree(text: &str) -> bool {
    text.is_ascii()
        || !text
            .chars()
            .any(|c| !c.is_ascii() && regex_syntax::is_word_character(c))
}

/// `patterns`, case-insensitive, with every word-boundary assertion made ASCII (`None` if one
/// does not parse; building the plain set reports that error).
fn with_ascii_bounds(patterns: &[String]) -> Option<Vec<String>> {
    patterns
        .iter()
        .map(|p| {
            // A fresh parser for each pattern: regex-syntax panics when one parser is reused
            // for these patterns.
            let hir = regex_syntax::ParserBuilder::new()
                .case_insensitive(true)
                .build()
                .parse(p)
                .ok()?;
            Some(ascii_look(hir).to_string())
        })
        .collect()
}

/// `hir` with its Unicode word-boundary assertions replaced by their ASCII counterparts.
fn ascii_look(hir: Hir) -> Hir {
    match hir.into_kind() {
        HirKind::Look(look) => Hir::look(match look {
            Look::WordUnicode => Look::WordAscii,
            Look::WordUnicodeNegate => Look::WordAsciiNegate,
            Look::WordStartUnicode => Look::WordStartAscii,
            Look::WordEndUnicode => Look::WordEndAscii,
            Look::WordStartHalfUnicode => Look::WordStartHalfAscii,
            Look::WordEndHalfUnicode => Look::WordEndHalfAscii,
            other => other,
        }),
        HirKind::Repetition(mut r) => {
            r.sub = Box::new(ascii_look(*r.sub));
            Hir::repetition(r)
        }
        HirKind::Capture(mut c) => {
            c.sub = Box::new(ascii_look(*c.sub));
            Hir::capture(c)
        }
        HirKind::Concat(subs) => Hir::concat(subs.into_iter().map(ascii_look).collect()),
        HirKind::Alternation(subs) => Hir::alternation(subs.into_iter().map(ascii_look).collect()),
        HirKind::Empty => Hir::empty(),
        HirKind::Literal(l) => Hir::literal(l.0),
        HirKind::Class(c) => Hir::class(c),
    }
}

/// An ASCII byte that is a word character for `\b`.
fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

/// Lower-cased ASCII literals one of which starts every match of `pattern`, or `None` when the
/// pattern has no such finite set (it may start with a class, or match the empty string) or
/// one of them is not ASCII.
fn prefix_literals(pattern: &str) -> Option<Vec<Vec<u8>>> {
    // Parsed case-sensitively: case-insensitive classes would multiply the literals, and the
    // prefilter compares ASCII letters without regard to case anyway.
    let hir = regex_syntax::ParserBuilder::new()
        .build()
        .parse(pattern)
        .ok()?;
    let seq = Extractor::new().kind(ExtractKind::Prefix).extract(&hir);
    let lits = seq.literals()?;
    if lits.is_empty() {
        // The pattern can never match; running it costs nothing and keeps the logic simple.
        return None;
    }
    let mut out = Vec::with_capacity(lits.len());
    for l in lits {
        let b = l.as_bytes();
        if b.is_empty() || !b.is_ascii() {
            return None;
        }
        out.push(b.to_ascii_lowercase());
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn set(patterns: &[&str]) -> PatternSet {
        let p: Vec<String> = patterns.iter().map(|s| s.to_string()).collect();
        let owner = (0..p.len()).collect();
        PatternSet::new(&p, owner, 1 << 22).unwrap()
    }

    /// The answer of `mark_hits` and of the complete set, after checking that the prefilter and
    /// (where it answers) the ASCII-boundary set agree with the complete set.
    fn hits(s: &PatternSet, text: &str) -> (Vec<bool>, Vec<bool>) {
        let n = s.owner.len();
        let (mut fast, mut slow) = (vec![false; n], vec![false; n]);
        s.mark_hits_exhaustive(text, &mut slow);
        let mut pre = vec![false; n];
        s.mark_hits_prefiltered(text, &mut pre);
        assert_eq!(pre, slow, "prefiltered, {text:?}");
        let mut ascii = vec![false; n];
        if s.mark_hits_ascii_bounds(text, &mut ascii) {
            assert_eq!(ascii, slow, "ASCII boundaries, {text:?}");
        }
        s.mark_hits(text, &mut fast);
        (fast, slow)
    }

    #[test]
    fn a_patterns_error_reads_as_the_regex_crates() {
        for (pattern, limit) in [
            ("(unclosed", 1 << 22),
            (r"\bfoo\p{Nope}", 1 << 22),
            ("a{1000}", 100),
        ] {
            let ours = compile_one(pattern, limit).unwrap_err();
            let theirs = regex::RegexBuilder::new(pattern)
                .case_insensitive(true)
                .size_limit(limit)
                .build()
                .unwrap_err()
                .to_string();
            assert_eq!(ours, theirs, "{pattern}");
        }
        assert!(
            compile_one("a{1000}", 100)
                .unwrap_err()
                .contains("size limit")
        );
        let r = compile_one(r"\bthank(?:s|\s+you)?\b", 1 << 22).unwrap();
        assert!(r.is_match("Many THANKS, Ana"));
        assert!(!r.is_match("thanksgiving"));
    }

    #[test]
    fn literal_prefixes_are_found_for_word_patterns() {
        let lits = prefix_literals(r"\bthank(?:s|ing|\s+you)?\b").unwrap();
        assert!(lits.iter().all(|l| l.starts_with(b"thank")));
        assert_eq!(prefix_literals(r"\w+ing\b"), None);
        assert_eq!(prefix_literals(r"x?"), None);
        assert_eq!(prefix_literals(r"\bété\b"), None);
    }

    #[test]
    fn prefiltered_hits_equal_the_complete_set() {
        let s = set(&[
            r"\bthank(?:s|\s+you)?\b",
            r"\bsign\s+up\b",
            r"\b(?:do|did|are)\s+you\b[^?.!]*\?",
            r"\w+@\w+",
            r"\bété\b",
            r"\bRT\b",
        ]);
        for text in [
            "Thanks for coming!",
            "THANK YOU",
            "than",
            "Sign   up today",
            "do you like it?",
            "Do you like it.",
            "mail me@home",
            "un été chaud",
            "ÉTÉ",
            "rt this",
            "\u{212A}udos and than\u{212A}s", // KELVIN SIGN folds to k
            "thanksgiving",
            "nothanks",
            "éthanks",
            "_thanks",
            "thanks💬 for the ‘sign up’ — do you?",
            "«thanks»",
            "thanks\u{0301}", // a combining accent is a word character: no ASCII boundary
            "ſign up",        // LONG S folds to s
            "",
        ] {
            let (fast, slow) = hits(&s, text);
            assert_eq!(fast, slow, "{text:?}");
        }
        let (fast, _) = hits(&s, "Thanks for coming!");
        assert!(fast[0]);
        let (fast, _) = hits(&s, "than\u{212A}s");
        assert!(fast[0], "KELVIN SIGN matches k case-insensitively");
        let (fast, _) = hits(&s, "thanks💬");
        assert!(
            fast[0],
            "an emoji is not a word character: thanks ends at a boundary"
        );
        let (fast, _) = hits(&s, "thanksé");
        assert!(!fast[0], "é is a word character: thanksé is one word");
    }

    #[test]
    fn ascii_boundaries_agree_only_without_non_ascii_word_characters() {
        assert!(ascii_bounds_agree("plain text, 100% ASCII"));
        assert!(ascii_bounds_agree("thanks 💬 “quoted” — ‘yes’ «ok» ✓"));
        assert!(!ascii_bounds_agree("un été chaud"));
        assert!(!ascii_bounds_agree("e\u{0301}"));
        assert!(!ascii_bounds_agree("٣ days")); // an Arabic-Indic digit
        assert!(!ascii_bounds_agree("\u{212A}")); // KELVIN SIGN
        let s = set(&[r"\bthank"]);
        assert!(s.ascii_bounds.is_some(), "the ASCII-boundary set builds");
        let mut h = vec![false];
        assert!(
            !s.mark_hits_ascii_bounds("un été", &mut h),
            "it declines a text it cannot answer for"
        );
    }
}
