//! Reading an input the same way whether it is a folder, a zip or a single file.
//!
//! Importers never touch the file system directly: they ask a [`Source`] for the names it holds and
//! for a reader over one of them. That keeps zip handling (entry names that try to escape, bombs)
//! in one place, and guarantees inputs are only ever opened for reading.

use std::fs::File;
use std::io::{self, BufReader, Read};
use std::path::{Component, Path, PathBuf};

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
}

enum SourceKind {
    Dir,
    Zip(Box<zip::ZipArchive<File>>),
    File,
}

impl Source {
    /// Opens `path`: a folder, a `.zip` (recognized by its magic bytes, not its name), or a file.
    pub fn open(path: &Path, limits: &Limits) -> Result<Source, InputError> {
        let meta = std::fs::metadata(path).map_err(|e| InputError::io(path, e))?;
        if meta.is_dir() {
            let mut names = Vec::new();
            for entry in WalkDir::new(path).follow_links(false).sort_by_file_name() {
                let entry = entry.map_err(|e| InputError::new(path, None, e.to_string()))?;
                if entry.file_type().is_file() {
                    let rel = entry.path().strip_prefix(path).unwrap_or(entry.path());
                    names.push(slash_path(rel));
                }
            }
            return Ok(Source {
                path: path.to_path_buf(),
                kind: SourceKind::Dir,
                names,
                limits: limits.clone(),
                unzipped: 0,
            });
        }
        if is_zip(path).map_err(|e| InputError::io(path, e))? {
            let file = File::open(path).map_err(|e| InputError::io(path, e))?;
            let archive = zip::ZipArchive::new(file)
                .map_err(|e| InputError::new(path, None, format!("not a readable zip: {e}")))?;
            let mut names = Vec::new();
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
                }
            }
            names.sort();
            return Ok(Source {
                path: path.to_path_buf(),
                kind: SourceKind::Zip(Box::new(archive)),
                names,
                limits: limits.clone(),
                unzipped: 0,
            });
        }
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        Ok(Source {
            path: path.to_path_buf(),
            kind: SourceKind::File,
            names: vec![name],
            limits: limits.clone(),
            unzipped: 0,
        })
    }

    /// The input path as given.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// True for a single file (not a folder or a zip).
    pub fn is_single_file(&self) -> bool {
        matches!(self.kind, SourceKind::File)
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
        }
    }

    /// A buffered reader over one file of the input. Zip entries are inflated on the fly, and
    /// reading past the decompressed-size limit fails with an error that names the limit.
    pub fn open_entry(&mut self, name: &str) -> Result<Box<dyn Read + '_>, InputError> {
        let where_ = self.describe(name);
        match &mut self.kind {
            SourceKind::File => {
                let f = File::open(&self.path).map_err(|e| InputError::io(&self.path, e))?;
                Ok(Box::new(BufReader::with_capacity(1 << 16, f)))
            }
            SourceKind::Dir => {
                let p = self.path.join(name);
                let f = File::open(&p).map_err(|e| InputError::io(&p, e))?;
                Ok(Box::new(BufReader::with_capacity(1 << 16, f)))
            }
            SourceKind::Zip(z) => {
                let entry = z.by_name(name).map_err(|e| {
                    InputError::new(
                        Path::new(&where_),
                        None,
                        format!("unreadable zip entry: {e}"),
                    )
                })?;
                let budget = self.limits.max_unzipped_bytes.saturating_sub(self.unzipped);
                Ok(Box::new(LimitedRead {
                    inner: BufReader::with_capacity(1 << 16, entry),
                    budget,
                    used: &mut self.unzipped,
                    limit: self.limits.max_unzipped_bytes,
                }))
            }
        }
    }

    /// Reads one whole file into memory (for small files: account, manifest, actor).
    pub fn read_to_vec(&mut self, name: &str) -> Result<Vec<u8>, InputError> {
        let where_ = self.describe(name);
        let mut buf = Vec::new();
        self.open_entry(name)?
            .read_to_end(&mut buf)
            .map_err(|e| InputError::io(Path::new(&where_), e))?;
        Ok(buf)
    }
}

/// Counts decompressed bytes against the input's budget so a zip bomb stops with a clear error
/// instead of filling memory or disk.
struct LimitedRead<'a, R> {
    inner: R,
    budget: u64,
    used: &'a mut u64,
    limit: u64,
}

impl<R: Read> Read for LimitedRead<'_, R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        if n as u64 > self.budget {
            return Err(io::Error::other(format!(
                "decompressed size exceeds the limit of {} bytes (raise it with --max-unzipped-size)",
                self.limit
            )));
        }
        self.budget -= n as u64;
        *self.used += n as u64;
        Ok(n)
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
