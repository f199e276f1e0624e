//! Reading an input the same way whether it is a folder, a zip or a single file.
//!
//! Importers never touch the file system directly: they ask a [`Source`] for the names it holds and
//! for a reader over one of them. That keeps zip handling (entry names that try to escape, bombs,
//! entries that lie about their size), text encodings (UTF-16 with a byte-order mark) and the
//! resource limits in one place, and guarantees inputs are only ever opened for reading.
//!
//! A `Source` can also be built from bytes in memory ([`Source::from_bytes`],
//! [`Source::from_files`]); the importers cannot tell the difference, which is what lets the fuzz
//! targets and the hostile-input tests drive the real import code without temporary files.

use std::cell::Cell;
use std::fs::File;
use std::io::{self, BufReader, Cursor, Read, Seek, SeekFrom};
use std::path::{Component, Path, PathBuf};
use std::rc::Rc;

use walkdir::WalkDir;

use super::{InputError, Limits};

/// An input opened for reading.
pub struct Source {
    path: PathBuf,
    kind: SourceKind,
    names: Vec<String>,
    limits: Limits,
    /// Decompressed bytes handed out so far; bounded by `limits.max_unzipped_bytes`.
    unzipped: u64,
    /// Zip entries that were not read because their names leave the archive.
    refused: Vec<String>,
}

enum SourceKind {
    Dir,
    Zip(Box<zip::ZipArchive<ZipBytes>>),
    File,
    /// Files held in memory: one file (`single`) or a folder of them.
    Memory {
        files: Vec<(String, Vec<u8>)>,
        single: bool,
    },
}

/// What a zip archive is read from: the input file, or bytes in memory.
enum ZipBytes {
    File(File),
    Memory(Cursor<Vec<u8>>),
}

impl Read for ZipBytes {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        match self {
            ZipBytes::File(f) => f.read(buf),
            ZipBytes::Memory(c) => c.read(buf),
        }
    }
}

impl Seek for ZipBytes {
    fn seek(&mut self, pos: SeekFrom) -> io::Result<u64> {
        match self {
            ZipBytes::File(f) => f.seek(pos),
            ZipBytes::Memory(c) => c.seek(pos),
        }
    }
}

impl Source {
    /// Opens `path`: a folder, a `.zip` (recognized by its magic bytes, not its name), or a file.
    pub fn open(path: &Path, limits: &Limits) -> Result<Source, InputError> {
        let meta = std::fs::metadata(path).map_err(|e| InputError::io(path, e))?;
        if !meta.is_dir() && !meta.is_file() {
            return Err(InputError::new(path, None, NOT_A_FILE));
        }
        if meta.is_dir() {
            let mut names = Vec::new();
            for entry in WalkDir::new(path).follow_links(false).sort_by_file_name() {
                let entry = entry.map_err(|e| InputError::new(path, None, e.to_string()))?;
                if entry.file_type().is_file() {
                    let rel = entry.path().strip_prefix(path).unwrap_or(entry.path());
                    names.push(slash_path(rel));
                }
            }
            return Ok(Source::new(path, SourceKind::Dir, names, limits));
        }
        if is_zip(path).map_err(|e| InputError::io(path, e))? {
            let file = File::open(path).map_err(|e| InputError::io(path, e))?;
            return Source::zip(path, ZipBytes::File(file), limits);
        }
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        Ok(Source::new(path, SourceKind::File, vec![name], limits))
    }

    /// A single file (or, when the bytes start like one, a zip) held in memory, named `name`.
    pub fn from_bytes(name: &str, bytes: Vec<u8>, limits: &Limits) -> Result<Source, InputError> {
        if bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"PK\x05\x06") {
            return Source::zip(
                Path::new(name),
                ZipBytes::Memory(Cursor::new(bytes)),
                limits,
            );
        }
        let kind = SourceKind::Memory {
            files: vec![(name.to_string(), bytes)],
            single: true,
        };
        Ok(Source::new(
            Path::new(name),
            kind,
            vec![name.to_string()],
            limits,
        ))
    }

    /// A folder named `root` holding `files` (`/`-separated relative names and their bytes), in
    /// memory. Names that would leave the folder are refused as in a zip.
    pub fn from_files(root: &str, files: Vec<(String, Vec<u8>)>, limits: &Limits) -> Source {
        let (files, unsafe_names): (Vec<_>, Vec<_>) = files
            .into_iter()
            .partition(|(n, _)| safe_entry_name(n).is_some());
        let mut names: Vec<String> = files.iter().map(|(n, _)| n.clone()).collect();
        names.sort();
        names.dedup();
        let kind = SourceKind::Memory {
            files,
            single: false,
        };
        let mut source = Source::new(Path::new(root), kind, names, limits);
        source.refused = unsafe_names.into_iter().map(|(n, _)| n).collect();
        source
    }

    fn new(path: &Path, kind: SourceKind, names: Vec<String>, limits: &Limits) -> Source {
        Source {
            path: path.to_path_buf(),
            kind,
            names,
            limits: limits.clone(),
            unzipped: 0,
            refused: Vec::new(),
        }
    }

    fn zip(path: &Path, bytes: ZipBytes, limits: &Limits) -> Result<Source, InputError> {
        let archive = zip::ZipArchive::new(bytes)
            .map_err(|e| InputError::new(path, None, format!("not a readable zip: {e}")))?;
        if archive.len() as u64 > limits.max_zip_entries {
            return Err(InputError::new(
                path,
                None,
                format!(
                    "the zip holds {} entries, more than the limit of {} (raise it with --max-zip-entries)",
                    archive.len(),
                    limits.max_zip_entries
                ),
            ));
        }
        let mut names = Vec::new();
        let mut refused = Vec::new();
        for i in 0..archive.len() {
            let Some(raw) = archive.name_for_index(i) else {
                continue;
            };
            if raw.ends_with('/') {
                continue;
            }
            // Entries whose names climb out of the archive or are absolute are never used:
            // nothing is extracted to disk, but refusing them keeps names honest in reports.
            if safe_entry_name(raw).is_some() {
                names.push(raw.to_string());
            } else {
                refused.push(raw.to_string());
            }
        }
        names.sort();
        names.dedup();
        let mut source = Source::new(path, SourceKind::Zip(Box::new(archive)), names, limits);
        source.refused = refused;
        Ok(source)
    }

    /// The limits this input is read under, for importers that bound their own records.
    pub fn limits(&self) -> &Limits {
        &self.limits
    }

    /// Entries that were not read because their names are absolute or climb out with `..`.
    pub fn refused(&self) -> &[String] {
        &self.refused
    }

    /// The input path as given.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// True for a single file (not a folder or a zip).
    pub fn is_single_file(&self) -> bool {
        matches!(
            self.kind,
            SourceKind::File | SourceKind::Memory { single: true, .. }
        )
    }

    /// True for a zip archive.
    pub fn is_zip(&self) -> bool {
        matches!(self.kind, SourceKind::Zip(_))
    }

    /// Every file name the input holds, `/`-separated and relative to its root, sorted.
    pub fn names(&self) -> &[String] {
        &self.names
    }

    /// The first name (in sorted order) that satisfies `pred`.
    pub fn find(&self, pred: impl Fn(&str) -> bool) -> Option<String> {
        self.names.iter().find(|n| pred(n)).cloned()
    }

    /// Every name that satisfies `pred`, in sorted order.
    pub fn find_all(&self, pred: impl Fn(&str) -> bool) -> Vec<String> {
        self.names.iter().filter(|n| pred(n)).cloned().collect()
    }

    /// A human-readable location for messages: the input path, plus the entry inside it.
    pub fn describe(&self, name: &str) -> String {
        match self.kind {
            SourceKind::File => self.path.display().to_string(),
            SourceKind::Dir => self.path.join(name).display().to_string(),
            SourceKind::Zip(_) => format!("{}!{}", self.path.display(), name),
            SourceKind::Memory { single: true, .. } => self.path.display().to_string(),
            SourceKind::Memory { single: false, .. } => format!("{}/{}", self.path.display(), name),
        }
    }

    /// The size of `name` in bytes (decompressed size for zip entries).
    pub fn size(&mut self, name: &str) -> Result<u64, InputError> {
        let where_ = self.describe(name);
        match &mut self.kind {
            SourceKind::File => std::fs::metadata(&self.path)
                .map(|m| m.len())
                .map_err(|e| InputError::io(Path::new(&where_), e)),
            SourceKind::Dir => std::fs::metadata(self.path.join(name))
                .map(|m| m.len())
                .map_err(|e| InputError::io(Path::new(&where_), e)),
            SourceKind::Zip(z) => z
                .by_name(name)
                .map(|f| f.size())
                .map_err(|e| InputError::new(Path::new(&where_), None, e.to_string())),
            SourceKind::Memory { files, .. } => memory_file(files, name)
                .map(|b| b.len() as u64)
                .ok_or_else(|| InputError::new(Path::new(&where_), None, "no such file")),
        }
    }

    /// A buffered reader over one file of the input. Zip entries are inflated on the fly, and
    /// reading past the decompressed-size limit, past the size the entry declares, or at a
    /// compression ratio only a zip bomb reaches fails with an error that names the limit. Text
    /// that starts with a UTF-16 byte-order mark is handed out as UTF-8.
    pub fn open_entry(&mut self, name: &str) -> Result<Box<dyn Read + '_>, InputError> {
        let where_ = self.describe(name);
        let raw: Box<dyn Read + '_> = match &mut self.kind {
            SourceKind::File => {
                let f = File::open(&self.path).map_err(|e| InputError::io(&self.path, e))?;
                Box::new(BufReader::with_capacity(1 << 16, f))
            }
            SourceKind::Dir => {
                let p = self.path.join(name);
                let f = File::open(&p).map_err(|e| InputError::io(&p, e))?;
                Box::new(BufReader::with_capacity(1 << 16, f))
            }
            SourceKind::Memory { files, .. } => match memory_file(files, name) {
                Some(b) => Box::new(b),
                None => return Err(InputError::new(Path::new(&where_), None, "no such file")),
            },
            SourceKind::Zip(z) => {
                let entry = z.by_name(name).map_err(|e| {
                    InputError::new(
                        Path::new(&where_),
                        None,
                        format!("unreadable zip entry: {e}"),
                    )
                })?;
                let budget = self.limits.max_unzipped_bytes.saturating_sub(self.unzipped);
                if entry.size() > budget {
                    return Err(InputError::new(
                        Path::new(&where_),
                        None,
                        format!(
                            "{}: the entry declares {} bytes decompressed, over the limit of {} bytes for the whole zip (raise it with --max-unzipped-size)",
                            LIMIT_EXCEEDED,
                            entry.size(),
                            self.limits.max_unzipped_bytes
                        ),
                    ));
                }
                let declared = entry.size();
                let compressed = entry.compressed_size();
                Box::new(LimitedRead {
                    inner: BufReader::with_capacity(1 << 16, entry),
                    budget,
                    used: &mut self.unzipped,
                    entry_bytes: 0,
                    declared,
                    compressed,
                    limits: &self.limits,
                })
            }
        };
        Ok(Box::new(Utf16Decode::new(raw)))
    }

    /// Reads one whole file into memory (for small files: account, manifest, actor). A file
    /// longer than the per-record limit is an error rather than a way to fill memory.
    pub fn read_to_vec(&mut self, name: &str) -> Result<Vec<u8>, InputError> {
        let where_ = self.describe(name);
        let limit = self.limits.max_record_bytes;
        let mut buf = Vec::new();
        self.open_entry(name)?
            .take(limit.saturating_add(1))
            .read_to_end(&mut buf)
            .map_err(|e| InputError::io(Path::new(&where_), e))?;
        if buf.len() as u64 > limit {
            return Err(InputError::new(
                Path::new(&where_),
                None,
                format!(
                    "{LIMIT_EXCEEDED}: the file is longer than the limit of {limit} bytes for one record (raise it with --max-record-size)"
                ),
            ));
        }
        Ok(buf)
    }
}

/// The message for inputs that are neither a regular file nor a folder: a device such as
/// `/dev/zero` or a pipe would never end.
const NOT_A_FILE: &str = "not a regular file or folder (a device, pipe or socket); earshot reads files, folders and zips";

/// Words every limit error starts with, so a reader of the message knows it was a guard, not damage.
pub const LIMIT_EXCEEDED: &str = "limit exceeded";

fn memory_file<'a>(files: &'a [(String, Vec<u8>)], name: &str) -> Option<&'a [u8]> {
    files
        .iter()
        .find(|(n, _)| n == name)
        .map(|(_, b)| b.as_slice())
}

/// A resource limit hit while reading; carried inside an `io::Error` so parsers pass it through
/// unchanged, and recognized again by [`limit_exceeded`].
#[derive(Debug)]
pub struct LimitError(pub String);

impl std::fmt::Display for LimitError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for LimitError {}

fn limit_error(message: String) -> io::Error {
    io::Error::other(LimitError(format!("{LIMIT_EXCEEDED}: {message}")))
}

/// The limit message inside an I/O error, if a guard of this module raised it. Importers turn
/// such errors into an [`InputError`] for the whole file instead of a warning about damage.
pub fn limit_exceeded(e: &io::Error) -> Option<&str> {
    e.get_ref()
        .and_then(|inner| inner.downcast_ref::<LimitError>())
        .map(|l| l.0.as_str())
}

/// Bounds how many bytes one record (a CSV record, a JSON array element, a line) may take, so a
/// multi-gigabyte line stops with an error instead of filling memory. The parser reads through
/// [`RecordGuard::wrap`] and calls [`RecordGuard::next_record`] each time a record is complete.
#[derive(Clone)]
pub struct RecordGuard {
    state: Rc<GuardState>,
}

struct GuardState {
    limit: u64,
    read: Cell<u64>,
    start: Cell<u64>,
}

impl RecordGuard {
    pub fn new(limit: u64) -> RecordGuard {
        RecordGuard {
            state: Rc::new(GuardState {
                limit,
                read: Cell::new(0),
                start: Cell::new(0),
            }),
        }
    }

    /// A reader that fails once the current record is longer than the limit.
    pub fn wrap<R: Read>(&self, inner: R) -> GuardedRead<R> {
        GuardedRead {
            inner,
            guard: self.clone(),
        }
    }

    /// Marks the end of a record: the next one is measured from here.
    pub fn next_record(&self) {
        self.state.start.set(self.state.read.get());
    }
}

/// A reader bounded by a [`RecordGuard`].
pub struct GuardedRead<R> {
    inner: R,
    guard: RecordGuard,
}

impl<R: Read> Read for GuardedRead<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let s = &self.guard.state;
        let used = s.read.get() - s.start.get();
        if used > s.limit {
            return Err(limit_error(format!(
                "one record is longer than the limit of {} bytes (raise it with --max-record-size)",
                s.limit
            )));
        }
        let room = (s.limit - used + 1).min(buf.len() as u64) as usize;
        let n = self.inner.read(&mut buf[..room])?;
        s.read.set(s.read.get() + n as u64);
        Ok(n)
    }
}

/// Hands out text that starts with a UTF-16 byte-order mark (as Excel's "Unicode text" and some
/// Windows tools write it) as UTF-8; any other bytes pass through unchanged.
struct Utf16Decode<R> {
    inner: R,
    state: Utf16State,
    /// Decoded UTF-8 not yet handed out.
    out: Vec<u8>,
    out_pos: usize,
    /// Bytes of the input read but not yet decoded (an odd byte, a lone high surrogate).
    carry: Vec<u8>,
    /// Input bytes consumed so far, for the place in an error.
    offset: u64,
}

#[derive(Clone, Copy, PartialEq)]
enum Utf16State {
    Sniff,
    Plain,
    Little,
    Big,
}

impl<R: Read> Utf16Decode<R> {
    fn new(inner: R) -> Self {
        Utf16Decode {
            inner,
            state: Utf16State::Sniff,
            out: Vec::new(),
            out_pos: 0,
            carry: Vec::new(),
            offset: 0,
        }
    }

    fn sniff(&mut self) -> io::Result<()> {
        let mut head = [0u8; 2];
        let mut got = 0;
        while got < 2 {
            let n = self.inner.read(&mut head[got..])?;
            if n == 0 {
                break;
            }
            got += n;
        }
        self.state = match &head[..got] {
            [0xFF, 0xFE] => Utf16State::Little,
            [0xFE, 0xFF] => Utf16State::Big,
            _ => {
                self.out.extend_from_slice(&head[..got]);
                Utf16State::Plain
            }
        };
        self.offset = got as u64;
        Ok(())
    }

    /// Decodes the next chunk into `out`; false at the end of the input.
    fn fill(&mut self) -> io::Result<bool> {
        let mut buf = [0u8; 1 << 14];
        let n = self.inner.read(&mut buf)?;
        if n == 0 {
            if self.carry.is_empty() {
                return Ok(false);
            }
            return Err(io::Error::new(
                io::ErrorKind::InvalidData,
                format!(
                    "the file is UTF-16 (it starts with a byte-order mark) but ends in the middle of a character at byte {}",
                    self.offset
                ),
            ));
        }
        self.carry.extend_from_slice(&buf[..n]);
        let big = self.state == Utf16State::Big;
        let units: Vec<u16> = self
            .carry
            .chunks_exact(2)
            .map(|p| {
                if big {
                    u16::from_be_bytes([p[0], p[1]])
                } else {
                    u16::from_le_bytes([p[0], p[1]])
                }
            })
            .collect();
        // A high surrogate at the end of the chunk waits for its partner.
        let keep_last = units.last().is_some_and(|u| (0xD800..0xDC00).contains(u));
        let usable = if keep_last {
            units.len() - 1
        } else {
            units.len()
        };
        for r in char::decode_utf16(units[..usable].iter().copied()) {
            match r {
                Ok(c) => {
                    let mut b = [0u8; 4];
                    self.out.extend_from_slice(c.encode_utf8(&mut b).as_bytes());
                }
                Err(_) => {
                    return Err(io::Error::new(
                        io::ErrorKind::InvalidData,
                        format!(
                            "the file is UTF-16 (it starts with a byte-order mark) but holds an invalid character near byte {}",
                            self.offset
                        ),
                    ));
                }
            }
        }
        let consumed = usable * 2;
        self.offset += consumed as u64;
        self.carry.drain(..consumed);
        Ok(true)
    }
}

impl<R: Read> Read for Utf16Decode<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if self.state == Utf16State::Sniff {
            self.sniff()?;
        }
        loop {
            if self.out_pos < self.out.len() {
                let n = (self.out.len() - self.out_pos).min(buf.len());
                buf[..n].copy_from_slice(&self.out[self.out_pos..self.out_pos + n]);
                self.out_pos += n;
                if self.out_pos == self.out.len() {
                    self.out.clear();
                    self.out_pos = 0;
                }
                return Ok(n);
            }
            if self.state == Utf16State::Plain {
                return self.inner.read(buf);
            }
            if !self.fill()? {
                return Ok(0);
            }
        }
    }
}

/// Counts decompressed bytes against the input's budget so a zip bomb stops with a clear error
/// instead of filling memory or disk; also stops an entry that inflates past the size its header
/// declares, or past the compression ratio only a crafted archive reaches.
struct LimitedRead<'a, R> {
    inner: R,
    budget: u64,
    used: &'a mut u64,
    entry_bytes: u64,
    declared: u64,
    compressed: u64,
    limits: &'a Limits,
}

/// The ratio guard only looks at entries past this size: small files may compress very well.
const RATIO_FLOOR: u64 = 1 << 20;

impl<R: Read> Read for LimitedRead<'_, R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)? as u64;
        if n > self.budget {
            return Err(limit_error(format!(
                "decompressed size exceeds the limit of {} bytes (raise it with --max-unzipped-size)",
                self.limits.max_unzipped_bytes
            )));
        }
        self.entry_bytes += n;
        if self.entry_bytes > self.declared {
            return Err(limit_error(format!(
                "the entry inflates to more than the {} bytes its header declares: a crafted or damaged zip",
                self.declared
            )));
        }
        if self.entry_bytes > RATIO_FLOOR
            && self.entry_bytes / self.compressed.max(1) > self.limits.max_zip_ratio
        {
            return Err(limit_error(format!(
                "the entry inflates more than {} times its compressed size: a zip bomb (raise the limit with --max-zip-ratio)",
                self.limits.max_zip_ratio
            )));
        }
        self.budget -= n;
        *self.used += n;
        Ok(n as usize)
    }
}

/// Whether the file starts with a zip local-file or end-of-central-directory signature.
fn is_zip(path: &Path) -> io::Result<bool> {
    let mut magic = [0u8; 4];
    let mut f = File::open(path)?;
    let n = f.read(&mut magic)?;
    Ok(n == 4 && (magic == *b"PK\x03\x04" || magic == *b"PK\x05\x06"))
}

/// A zip entry name made of plain components only; `None` for `../`, absolute or drive paths.
pub fn safe_entry_name(raw: &str) -> Option<PathBuf> {
    if raw.contains('\\') || raw.contains('\0') {
        return None;
    }
    let p = Path::new(raw);
    let mut out = PathBuf::new();
    for c in p.components() {
        match c {
            Component::Normal(part) => out.push(part),
            Component::CurDir => {}
            Component::ParentDir | Component::RootDir | Component::Prefix(_) => return None,
        }
    }
    (!out.as_os_str().is_empty()).then_some(out)
}

fn slash_path(p: &Path) -> String {
    p.components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entry_names_that_escape_are_refused() {
        assert!(safe_entry_name("../etc/passwd").is_none());
        assert!(safe_entry_name("/etc/passwd").is_none());
        assert!(safe_entry_name("data/../../x").is_none());
        assert!(safe_entry_name("a\\..\\b").is_none());
        assert_eq!(
            safe_entry_name("./data/tweets.js"),
            Some(PathBuf::from("data/tweets.js"))
        );
    }
}
