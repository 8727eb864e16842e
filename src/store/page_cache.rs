//! Reading a file into the kernel's page cache ahead of need, skipping what is already there.

use std::fs::File;
use std::io;
use std::ops::Range;
use std::os::unix::fs::FileExt;

/// How much one read asks for.
const CHUNK: usize = 1 << 20;

/// Reads the first `limit` bytes of `file`, except the parts already in the page cache, and
/// returns how many bytes it read. On a warm cache that is nothing (one `mincore` call), not a
/// copy of the whole file: a store of a few gigabytes took seconds of CPU to read through the
/// cache, beside the requests the server was already answering.
pub(super) fn read_ahead(file: &File, limit: u64) -> io::Result<u64> {
    let len = file.metadata()?.len().min(limit);
    let ranges = uncached(file, len)?;
    if ranges.is_empty() {
        return Ok(0);
    }
    let mut buffer = vec![0; CHUNK];
    let mut read = 0;
    for range in ranges {
        let mut at = range.start;
        while at < range.end {
            let want = usize::try_from(range.end - at).map_or(CHUNK, |left| left.min(CHUNK));
            match file.read_at(&mut buffer[..want], at)? {
                // The file shrank since we looked.
                0 => return Ok(read),
                n => {
                    at += n as u64;
                    read += n as u64;
                }
            }
        }
    }
    Ok(read)
}

/// The byte ranges of the file's first `len` bytes that are not in the page cache.
#[cfg(target_os = "linux")]
fn uncached(file: &File, len: u64) -> io::Result<Vec<Range<u64>>> {
    use std::os::fd::AsRawFd;
    let size = usize::try_from(len).map_err(|_| io::Error::other("file too large to map"))?;
    if size == 0 {
        return Ok(Vec::new());
    }
    // SAFETY: sysconf takes no pointers.
    let page = u64::try_from(unsafe { libc::sysconf(libc::_SC_PAGESIZE) }).unwrap_or(4096);
    // SAFETY: a read-only shared mapping of an open file; nothing reads through it (mincore only
    // reports which of its pages are resident) and it is unmapped below.
    let map = unsafe {
        libc::mmap(std::ptr::null_mut(), size, libc::PROT_READ, libc::MAP_SHARED, file.as_raw_fd(), 0)
    };
    if map == libc::MAP_FAILED {
        return Err(io::Error::last_os_error());
    }
    let mut resident = vec![0u8; size.div_ceil(page as usize)];
    // SAFETY: `resident` holds one byte for each page of the mapping.
    let result = unsafe { libc::mincore(map, size, resident.as_mut_ptr()) };
    let error = io::Error::last_os_error();
    // SAFETY: unmaps exactly the mapping made above.
    unsafe { libc::munmap(map, size) };
    if result != 0 {
        return Err(error);
    }
    let mut ranges: Vec<Range<u64>> = Vec::new();
    for (index, flags) in resident.iter().enumerate() {
        if flags & 1 == 1 {
            continue;
        }
        let start = index as u64 * page;
        let end = (start + page).min(len);
        match ranges.last_mut() {
            Some(last) if last.end == start => last.end = end,
            _ => ranges.push(start..end),
        }
    }
    Ok(ranges)
}

/// Elsewhere there is no cheap way to ask: read everything.
#[cfg(not(target_os = "linux"))]
fn uncached(_file: &File, len: u64) -> io::Result<Vec<Range<u64>>> {
    Ok(vec![0..len])
}

#[cfg(all(test, target_os = "linux"))]
mod tests {
    use std::io::Write;
    use std::os::fd::AsRawFd;

    use super::*;

    #[test]
    fn reads_only_what_the_cache_lacks() {
        let path =
            std::env::temp_dir().join(format!("portcullis-read-ahead-{}", uuid::Uuid::new_v4().simple()));
        let mut file = File::create(&path).unwrap();
        file.write_all(&vec![7u8; 2 * CHUNK + 123]).unwrap();
        file.sync_all().unwrap();
        let len = file.metadata().unwrap().len();
        let file = File::open(&path).unwrap();
        // Written pages sit in the cache; once on disk they can be dropped from it.
        assert!(uncached(&file, len).unwrap().is_empty());
        // SAFETY: posix_fadvise takes no pointers.
        unsafe { libc::posix_fadvise(file.as_raw_fd(), 0, 0, libc::POSIX_FADV_DONTNEED) };
        let evicted: u64 = uncached(&file, len).unwrap().iter().map(|r| r.end - r.start).sum();
        if evicted == 0 {
            // A filesystem that keeps files in memory (tmpfs) cannot drop them: nothing to test.
            let _ = std::fs::remove_file(&path);
            return;
        }
        assert_eq!(read_ahead(&file, u64::MAX).unwrap(), evicted);
        assert!(uncached(&file, len).unwrap().is_empty());
        assert_eq!(read_ahead(&file, u64::MAX).unwrap(), 0, "a warm file is not read again");
        let _ = std::fs::remove_file(&path);
    }
}
