//! Splitting a large JSON array into its elements without parsing them, so they can be parsed
//! in parallel.
//!
//! An X archive's `tweets.js` is one array of hundreds of megabytes. Parsing it element by element
//! through `serde_json`'s reader is single-threaded and byte-at-a-time; instead, [`Splitter`]
//! reads big blocks, finds where each top-level element starts and ends (tracking only strings,
//! escapes and bracket depth), and hands out batches of whole elements. Each element is then
//! parsed from its own bytes, on any core, borrowing its strings.
//!
//! The splitter is also where the archive's structure is checked between elements (one comma
//! each, nothing else) and where one record's size is bounded: an element longer than the
//! record limit stops the read in bounded memory instead of filling it.
//!
//! The splitter runs on one thread while the others parse, so its speed bounds the whole read.
//! Inside an object or array it looks at 64 bytes at a time ([`close_of`]): SIMD comparisons
//! give bit masks of the quotes, backslashes, brackets and newlines, a prefix XOR of the quotes
//! gives which bytes are inside strings, and only the brackets outside strings are visited one
//! by one. Lines are counted from the newline masks, so places stay exact.

use std::io::{self, Read};

use wide::u8x64;

use super::source::LIMIT_EXCEEDED;

/// Where an element starts in its file, for error messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Place {
    /// 1-based line.
    pub line: u64,
    /// 1-based byte column.
    pub column: u64,
}

/// A run of whole elements in one buffer.
#[derive(Debug, Default)]
pub struct Batch {
    pub bytes: Vec<u8>,
    /// Each element's byte range in `bytes` and where it starts in the file.
    pub elements: Vec<(std::ops::Range<usize>, Place)>,
}

/// Why the array could not be split further.
#[derive(Debug)]
pub struct SplitError {
    pub place: Place,
    pub message: String,
    /// A resource limit stopped the read (not damage).
    pub limit: bool,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum State {
    /// Before the opening `[`.
    Start,
    /// After `[` or after an element's comma: an element or (after `[`) `]` must follow.
    BeforeElement { first: bool },
    /// Inside an element.
    Element,
    /// After an element: `,` or `]` must follow.
    AfterElement,
    /// After the closing `]`.
    Done,
}

/// Reads a JSON array (the reader is positioned before its `[`) and hands out its elements.
pub struct Splitter<R> {
    reader: R,
    block: Vec<u8>,
    /// Bytes of the current element read so far (it may span blocks).
    carry: Vec<u8>,
    state: State,
    depth: u64,
    in_string: bool,
    escaped: bool,
    /// A scalar element (number, literal) ends at the first delimiter rather than a bracket.
    scalar: bool,
    element_start: Place,
    line: u64,
    column: u64,
    max_record: u64,
    batch_bytes: usize,
    /// Batches handed back by [`Splitter::recycle`], refilled instead of allocating: a fresh
    /// batch of megabytes costs a page fault for every 4 KiB written to it.
    spare: Vec<Batch>,
    /// Block read but not yet scanned: `block[pos..len]`.
    pos: usize,
    len: usize,
    eof: bool,
    /// Tests turn the 64-byte scan off to compare it with the byte-at-a-time one.
    #[cfg(test)]
    bytewise: bool,
}

impl<R: Read> Splitter<R> {
    /// `max_record` bounds one element; batches hold about `batch_bytes` of elements each.
    /// `line` is the line the reader starts on (the `window.YTD... =` prefix is line 1).
    pub fn new(reader: R, max_record: u64, batch_bytes: usize, line: u64) -> Splitter<R> {
        Splitter {
            reader,
            // Small enough to stay in the core's cache: with 1 MiB blocks the kernel's copy into
            // the block took five times as long as with 64 KiB ones.
            block: vec![0; 1 << 16],
            carry: Vec::new(),
            state: State::Start,
            depth: 0,
            in_string: false,
            escaped: false,
            scalar: false,
            element_start: Place { line, column: 1 },
            line,
            column: 1,
            max_record,
            batch_bytes,
            spare: Vec::new(),
            pos: 0,
            len: 0,
            eof: false,
            #[cfg(test)]
            bytewise: false,
        }
    }

    fn here(&self) -> Place {
        Place {
            line: self.line,
            column: self.column,
        }
    }

    fn fail(&self, message: impl Into<String>) -> SplitError {
        SplitError {
            place: self.here(),
            message: message.into(),
            limit: false,
        }
    }

    /// The next batch of elements; an empty batch once the array has ended. Elements before a
    /// damaged place are handed out first, then the error.
    pub fn next_batch(&mut self) -> Result<Batch, (Batch, SplitError)> {
        let mut batch = self.spare.pop().unwrap_or_else(|| Batch {
            // Room for a full batch and the block that overfills it.
            bytes: Vec::with_capacity(self.batch_bytes + self.block.len()),
            elements: Vec::new(),
        });
        loop {
            if self.state == State::Done || batch.bytes.len() >= self.batch_bytes {
                return Ok(batch);
            }
            if self.pos == self.len {
                if self.eof {
                    let e = match self.state {
                        State::Start => self.fail("the file ends before the array starts"),
                        State::Done => return Ok(batch),
                        _ => self.fail("the file ends in the middle of the array (truncated?)"),
                    };
                    return Err((batch, e));
                }
                match self.reader.read(&mut self.block) {
                    Ok(0) => self.eof = true,
                    Ok(n) => {
                        self.pos = 0;
                        self.len = n;
                    }
                    Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                    Err(e) => {
                        let limit = super::source::limit_exceeded(&e).is_some();
                        let place = self.here();
                        return Err((
                            batch,
                            SplitError {
                                place,
                                message: e.to_string(),
                                limit,
                            },
                        ));
                    }
                }
                continue;
            }
            if let Err(e) = self.scan(&mut batch) {
                return Err((batch, e));
            }
        }
    }

    /// Takes back a batch whose elements are no longer needed, to be filled again.
    pub fn recycle(&mut self, mut batch: Batch) {
        if batch.bytes.capacity() > 2 * (self.batch_bytes + self.block.len()) {
            // Grown for one long element: not kept at that size for the rest of the read.
            return;
        }
        batch.bytes.clear();
        batch.elements.clear();
        self.spare.push(batch);
    }

    /// Scans the unscanned part of the block, moving finished elements into `batch`.
    fn scan(&mut self, batch: &mut Batch) -> Result<(), SplitError> {
        let mut start = self.pos;
        let mut i = self.pos;
        while i < self.len {
            let b = self.block[i];
            match self.state {
                State::Element if !self.scalar && self.depth > 0 && !self.bytewise() => {
                    let mut nesting = Nesting {
                        depth: self.depth,
                        in_string: self.in_string,
                        escaped: self.escaped,
                    };
                    let scan = close_of(&self.block[i..self.len], &mut nesting);
                    let end = i + scan.len;
                    match scan.last_newline {
                        Some(k) => {
                            self.line += scan.newlines;
                            self.column = (scan.len - k) as u64;
                        }
                        None => self.column += scan.len as u64,
                    }
                    (self.depth, self.in_string, self.escaped) =
                        (nesting.depth, nesting.in_string, nesting.escaped);
                    i = end;
                    if scan.closed {
                        self.finish(batch, start, i)?;
                        start = i;
                    }
                    continue;
                }
                State::Element => {
                    let mut closed = false;
                    if self.in_string {
                        if !self.escaped && !matches!(b, b'"' | b'\\' | b'\n') {
                            // Most of an archive is string contents: jump to the next byte
                            // that matters.
                            let skip =
                                memchr::memchr3(b'"', b'\\', b'\n', &self.block[i..self.len])
                                    .unwrap_or(self.len - i);
                            i += skip;
                            self.column += skip as u64;
                            continue;
                        }
                        if self.escaped {
                            self.escaped = false;
                            if b == b'\n' {
                                // An escaped raw newline is invalid JSON too, but still a line
                                // break in the file.
                                self.line += 1;
                                self.column = 0;
                            }
                        } else if b == b'\\' {
                            self.escaped = true;
                        } else if b == b'"' {
                            self.in_string = false;
                            closed = self.depth == 0;
                        } else if b == b'\n' {
                            // A raw newline inside a string is invalid JSON; the element's own
                            // parse reports it, the count of lines stays right.
                            self.line += 1;
                            self.column = 0;
                        }
                    } else if self.scalar {
                        if matches!(b, b',' | b']' | b' ' | b'\t' | b'\r' | b'\n') {
                            self.finish(batch, start, i)?;
                            start = i;
                            continue;
                        }
                    } else {
                        match b {
                            b'"' => self.in_string = true,
                            b'{' | b'[' => self.depth += 1,
                            b'}' | b']' => {
                                self.depth -= 1;
                                closed = self.depth == 0;
                            }
                            b'\n' => {
                                self.line += 1;
                                self.column = 0;
                            }
                            _ => {}
                        }
                    }
                    if closed {
                        // The element's last byte: it is complete.
                        i += 1;
                        self.column += 1;
                        self.finish(batch, start, i)?;
                        start = i;
                        continue;
                    }
                }
                State::Start => match b {
                    b'[' => self.state = State::BeforeElement { first: true },
                    b' ' | b'\t' | b'\r' | b'\n' => {}
                    _ => return Err(self.fail("expected `[`, the start of the array")),
                },
                State::BeforeElement { first } => match b {
                    b' ' | b'\t' | b'\r' | b'\n' => {}
                    b']' if first => self.state = State::Done,
                    b']' | b',' => return Err(self.fail("expected an element")),
                    _ => {
                        self.state = State::Element;
                        self.element_start = self.here();
                        self.carry.clear();
                        start = i;
                        self.depth = 0;
                        self.scalar = false;
                        match b {
                            b'{' | b'[' => self.depth = 1,
                            b'"' => self.in_string = true,
                            _ => self.scalar = true,
                        }
                    }
                },
                State::AfterElement => match b {
                    b' ' | b'\t' | b'\r' | b'\n' => {}
                    b',' => self.state = State::BeforeElement { first: false },
                    b']' => self.state = State::Done,
                    _ => return Err(self.fail("expected `,` or `]` after an element")),
                },
                State::Done => {
                    // What follows the array (`;`, a newline) is not read.
                    self.pos = self.len;
                    return Ok(());
                }
            }
            if b == b'\n' {
                if self.state != State::Element {
                    self.line += 1;
                    self.column = 1;
                } else {
                    self.column += 1;
                }
            } else {
                self.column += 1;
            }
            i += 1;
        }
        if self.state == State::Element {
            self.carry.extend_from_slice(&self.block[start..self.len]);
            self.check_size(self.carry.len())?;
        }
        self.pos = self.len;
        Ok(())
    }

    #[cfg(test)]
    fn bytewise(&self) -> bool {
        self.bytewise
    }

    #[cfg(not(test))]
    fn bytewise(&self) -> bool {
        false
    }

    /// Stops the read when an element of `len` bytes so far is past the record limit.
    fn check_size(&self, len: usize) -> Result<(), SplitError> {
        if len as u64 > self.max_record {
            return Err(SplitError {
                place: self.element_start,
                message: format!(
                    "{LIMIT_EXCEEDED}: one record is longer than the limit of {} bytes (raise it with --max-record-size)",
                    self.max_record
                ),
                limit: true,
            });
        }
        Ok(())
    }

    /// Ends the element whose last part is `block[start..end]`.
    fn finish(&mut self, batch: &mut Batch, start: usize, end: usize) -> Result<(), SplitError> {
        let from = batch.bytes.len();
        if self.carry.is_empty() {
            // The whole element is in this block (the usual case): copied once, straight into
            // the batch.
            self.check_size(end - start)?;
            batch.bytes.extend_from_slice(&self.block[start..end]);
        } else {
            self.carry.extend_from_slice(&self.block[start..end]);
            self.check_size(self.carry.len())?;
            batch.bytes.extend_from_slice(&self.carry);
        }
        batch
            .elements
            .push((from..batch.bytes.len(), self.element_start));
        self.carry.clear();
        self.state = State::AfterElement;
        self.pos = end;
        Ok(())
    }
}

/// Where the scan of an object or array stands between blocks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Nesting {
    /// Open brackets (at least 1 while the element is open).
    depth: u64,
    in_string: bool,
    /// The previous byte was a backslash inside a string: this one is escaped.
    escaped: bool,
}

/// What [`close_of`] scanned.
#[derive(Debug, PartialEq, Eq)]
struct Scan {
    /// The element's closing bracket was found: it is the last of the `len` bytes scanned.
    closed: bool,
    /// Bytes scanned: up to and including the closing bracket, or all of them.
    len: usize,
    /// Newlines among them, and the index of the last one.
    newlines: u64,
    last_newline: Option<usize>,
}

/// Scans `bytes`, the inside of an object or array, for the bracket that closes it. Brackets in
/// strings do not count, nor quotes escaped by a backslash inside a string (a backslash outside
/// one is invalid JSON, left for the element's parse to report, and escapes nothing).
fn close_of(bytes: &[u8], nesting: &mut Nesting) -> Scan {
    let mut newlines = 0;
    let mut last_newline = None;
    let mut at = 0;
    while at < bytes.len() {
        let n = (bytes.len() - at).min(64);
        let v = match bytes[at..].first_chunk::<64>() {
            // A whole chunk is loaded as it is (no copy through a padded buffer).
            Some(chunk) => u8x64::new(*chunk),
            None => {
                let mut chunk = [0u8; 64];
                chunk[..n].copy_from_slice(&bytes[at..]);
                u8x64::new(chunk)
            }
        };
        let mask = |b: u8| v.simd_eq(u8x64::splat(b)).to_bitmask();
        let quotes = mask(b'"');
        let backslashes = mask(b'\\');
        // `[` and `]` are `{` and `}` with the 0x20 bit clear.
        let folded = v | u8x64::splat(0x20);
        let opens = folded.simd_eq(u8x64::splat(b'{')).to_bitmask();
        let closes = folded.simd_eq(u8x64::splat(b'}')).to_bitmask();
        let nl = mask(b'\n');

        let real_quotes = if backslashes == 0 && !nesting.escaped {
            quotes
        } else {
            unescaped_quotes(quotes, backslashes, n, nesting)
        };
        // Bit k of `inside` is set when byte k is in a string (an opening quote counts as inside,
        // a closing one as outside): a running XOR of the quotes, flipped when the chunk starts
        // inside a string.
        let mut inside = real_quotes;
        for shift in [1, 2, 4, 8, 16, 32] {
            inside ^= inside << shift;
        }
        if nesting.in_string {
            inside = !inside;
        }
        let opens = opens & !inside;
        let closes = closes & !inside;
        let valid = if n == 64 { u64::MAX } else { (1u64 << n) - 1 };

        let mut scanned = valid;
        let mut closed = false;
        if u64::from(closes.count_ones()) < nesting.depth {
            nesting.depth =
                nesting.depth + u64::from(opens.count_ones()) - u64::from(closes.count_ones());
        } else {
            let mut brackets = opens | closes;
            while brackets != 0 {
                let k = brackets.trailing_zeros();
                let bit = 1u64 << k;
                if opens & bit != 0 {
                    nesting.depth += 1;
                } else {
                    nesting.depth -= 1;
                    if nesting.depth == 0 {
                        closed = true;
                        scanned = u64::MAX >> (63 - k);
                        break;
                    }
                }
                brackets &= brackets - 1;
            }
        }
        let lines = nl & scanned;
        if lines != 0 {
            newlines += u64::from(lines.count_ones());
            last_newline = Some(at + 63 - lines.leading_zeros() as usize);
        }
        if closed {
            nesting.in_string = false;
            nesting.escaped = false;
            return Scan {
                closed,
                len: at + scanned.count_ones() as usize,
                newlines,
                last_newline,
            };
        }
        nesting.in_string = (inside >> (n - 1)) & 1 == 1;
        at += n;
    }
    Scan {
        closed: false,
        len: bytes.len(),
        newlines,
        last_newline,
    }
}

/// The quotes of a chunk of `n` bytes that are not escaped, walking its quotes and backslashes
/// in order (backslashes are rare); sets `nesting.escaped` when the chunk's last byte is a
/// backslash that escapes the next chunk's first.
fn unescaped_quotes(quotes: u64, backslashes: u64, n: usize, nesting: &mut Nesting) -> u64 {
    let mut real = 0;
    let mut inside = nesting.in_string;
    let mut escaped_at = if nesting.escaped { Some(0) } else { None };
    let mut marks = quotes | backslashes;
    while marks != 0 {
        let k = marks.trailing_zeros() as usize;
        marks &= marks - 1;
        if escaped_at == Some(k) {
            continue;
        }
        if backslashes & (1 << k) != 0 {
            if inside {
                escaped_at = Some(k + 1);
            }
        } else {
            real |= 1 << k;
            inside = !inside;
        }
    }
    nesting.escaped = escaped_at == Some(n);
    real
}

/// The place in the file of an error `serde_json` reports inside an element starting at `start`.
pub fn place_in_file(start: Place, e: &serde_json::Error) -> Place {
    let (line, column) = (e.line() as u64, e.column() as u64);
    if line <= 1 {
        Place {
            line: start.line,
            column: start.column + column.saturating_sub(1),
        }
    } else {
        Place {
            line: start.line + line - 1,
            column,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str, batch: usize) -> (Vec<String>, Option<SplitError>) {
        let mut s = Splitter::new(text.as_bytes(), 1 << 20, batch, 1);
        let mut out = Vec::new();
        loop {
            match s.next_batch() {
                Ok(b) if b.elements.is_empty() => return (out, None),
                Ok(b) => out.extend(
                    b.elements
                        .iter()
                        .map(|(r, _)| String::from_utf8(b.bytes[r.clone()].to_vec()).unwrap()),
                ),
                Err((b, e)) => {
                    out.extend(
                        b.elements
                            .iter()
                            .map(|(r, _)| String::from_utf8(b.bytes[r.clone()].to_vec()).unwrap()),
                    );
                    return (out, Some(e));
                }
            }
        }
    }

    #[test]
    fn elements_come_out_whole_whatever_the_batch_size() {
        let text = r#" [ {"a": "x,]}\"{", "b": [1, {"c": 2}]}, "s,]", 12 , true,[[]] ] ;"#;
        for batch in [1, 5, 1 << 20] {
            let (els, err) = split(text, batch);
            assert!(err.is_none(), "{:?}", err.map(|e| e.message));
            assert_eq!(
                els,
                vec![
                    r#"{"a": "x,]}\"{", "b": [1, {"c": 2}]}"#,
                    r#""s,]""#,
                    "12",
                    "true",
                    "[[]]"
                ]
            );
        }
    }

    #[test]
    fn damage_between_elements_is_an_error_after_the_good_ones() {
        let (els, err) = split("[{\"a\":1}\n {\"b\":2}]", 1);
        assert_eq!(els, vec![r#"{"a":1}"#]);
        let err = err.unwrap();
        assert_eq!(err.place, Place { line: 2, column: 2 });
        assert!(err.message.contains("expected `,` or `]`"));
        let (els, err) = split("[{\"a\":1}, {\"b\":", 1);
        assert_eq!(els.len(), 1);
        assert!(err.unwrap().message.contains("truncated"));
        assert!(split("[]", 1).0.is_empty());
        assert!(split("[,]", 1).1.is_some());
        assert!(split("x", 1).1.is_some());
    }

    #[test]
    fn an_element_past_the_record_limit_stops_the_read() {
        let text = format!("[{{\"a\": \"{}\"}}]", "x".repeat(5000));
        let mut s = Splitter::new(text.as_bytes(), 1000, 1 << 20, 1);
        let (_, e) = s.next_batch().unwrap_err();
        assert!(e.limit);
        assert!(e.message.contains("--max-record-size"));
    }

    /// Reads at most `step` bytes at a time, so blocks end anywhere: inside strings, escapes,
    /// between a backslash and what it escapes.
    struct Trickle<'a> {
        bytes: &'a [u8],
        step: usize,
    }

    impl Read for Trickle<'_> {
        fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
            let n = self.step.min(buf.len()).min(self.bytes.len());
            buf[..n].copy_from_slice(&self.bytes[..n]);
            self.bytes = &self.bytes[n..];
            Ok(n)
        }
    }

    /// Everything a split hands out: elements with their places, then the error if any.
    type Outcome = (Vec<(Vec<u8>, Place)>, Option<(Place, String)>);

    fn outcome(bytes: &[u8], step: usize, bytewise: bool) -> Outcome {
        outcome_within(bytes, step, bytewise, 1 << 20)
    }

    /// [`outcome`] with records bounded by `max_record` bytes.
    fn outcome_within(bytes: &[u8], step: usize, bytewise: bool, max_record: u64) -> Outcome {
        let mut s = Splitter::new(Trickle { bytes, step }, max_record, 1 << 20, 1);
        s.bytewise = bytewise;
        let mut out = Vec::new();
        loop {
            let (b, err) = match s.next_batch() {
                Ok(b) if b.elements.is_empty() => return (out, None),
                Ok(b) => (b, None),
                Err((b, e)) => (b, Some((e.place, e.message))),
            };
            out.extend(
                b.elements
                    .iter()
                    .map(|(r, p)| (b.bytes[r.clone()].to_vec(), *p)),
            );
            if err.is_some() {
                return (out, err);
            }
        }
    }

    #[test]
    fn blocks_may_end_anywhere() {
        let text = "[\n  {\"a\" : \"x\\\\\\\"}]\\\"\", \"b\":[1,\n{}]},\n  [\"\\\\\"]\n]";
        let whole = outcome(text.as_bytes(), usize::MAX, false);
        assert!(whole.1.is_none(), "{:?}", whole.1);
        assert_eq!(whole.0.len(), 2);
        assert_eq!(whole.0[1].1, Place { line: 4, column: 3 });
        for step in 1..text.len() {
            assert_eq!(outcome(text.as_bytes(), step, false), whole, "step {step}");
        }
    }

    proptest::proptest! {
        /// The 64-byte scan finds the same elements, places and errors as the byte-at-a-time
        /// one, on valid and damaged arrays alike, wherever the blocks end.
        #[test]
        fn the_wide_scan_agrees_with_the_bytewise_one(
            text in proptest::collection::vec(
                proptest::sample::select(b"[]{}\"\\\n ,:ax1".to_vec()), 0..400),
            step in 1usize..200,
        ) {
            let mut bytes = b"[".to_vec();
            bytes.extend(&text);
            proptest::prop_assert_eq!(outcome(&bytes, step, false), outcome(&bytes, usize::MAX, true));
        }

        /// The same with records bounded: an element past the limit stops both at the same
        /// place, wherever the blocks end.
        #[test]
        fn the_scans_agree_on_record_limits(
            text in proptest::collection::vec(
                proptest::sample::select(b"[]{}\"\\\n ,:ax1".to_vec()), 0..200),
            step in 1usize..100,
            max_record in 0u64..60,
        ) {
            let mut bytes = b"[".to_vec();
            bytes.extend(&text);
            proptest::prop_assert_eq!(
                outcome_within(&bytes, step, false, max_record),
                outcome_within(&bytes, usize::MAX, true, max_record)
            );
        }
    }

    #[test]
    fn error_places_inside_elements_are_places_in_the_file() {
        let start = Place { line: 3, column: 5 };
        let e = serde_json::from_str::<serde_json::Value>("{\"a\": x}").unwrap_err();
        assert_eq!(
            place_in_file(start, &e),
            Place {
                line: 3,
                column: 11
            }
        );
        let e = serde_json::from_str::<serde_json::Value>("{\n\"a\": x}").unwrap_err();
        assert_eq!(place_in_file(start, &e).line, 4);
    }
}
