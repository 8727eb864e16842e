//! The server's global allocator: mimalloc, called through its plain entry points wherever the
//! layout allows.
//!
//! The `mimalloc` crate passes every allocation to `mi_malloc_aligned`, alignment 1 or 8
//! included. mimalloc 3 serves such a call at full speed only when the size class's current page
//! has a free block; otherwise it treats the request as a genuinely aligned one and, unless the
//! size rounds to a power of two, over-allocates through a slow path (a 48-byte request takes a
//! 64-byte block and about 190 more instructions). A no-op request took that path seven times,
//! 1,300 instructions in all. Plain `mi_malloc` returns blocks aligned to 16 bytes for any size of
//! 16 or more and to 8 below that, so the layouts C's `malloc` would satisfy go there, by the rule
//! the standard library's own `System` allocator applies to `malloc`; larger alignments keep
//! mimalloc's aligned functions.

use std::alloc::{GlobalAlloc, Layout};
use std::ffi::c_void;

use libmimalloc_sys as ffi;

/// The largest alignment `mi_malloc` guarantees (`MI_MAX_ALIGN_SIZE`, `alignof(max_align_t)`).
const MALLOC_ALIGN: usize = 16;

/// mimalloc as the global allocator: `#[global_allocator] static A: MiMalloc = MiMalloc;`.
pub struct MiMalloc;

/// Whether plain `mi_malloc(size)` is aligned enough for the layout: it is for alignments up to
/// 16 when the size is at least the alignment (below 16 bytes that means at most 8, which every
/// block has).
fn plain(align: usize, size: usize) -> bool {
    align <= MALLOC_ALIGN && align <= size
}

// SAFETY: every function hands the layout's size and alignment to mimalloc, which returns null
// or a block of at least that size and alignment (the plain functions only where `plain` holds,
// see above), and frees any block it returned with `mi_free`, whatever function allocated it.
unsafe impl GlobalAlloc for MiMalloc {
    #[inline]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let (size, align) = (layout.size(), layout.align());
        // SAFETY: plain C calls; mimalloc accepts any size and any power-of-two alignment.
        unsafe {
            if plain(align, size) { ffi::mi_malloc(size) } else { ffi::mi_malloc_aligned(size, align) }.cast()
        }
    }

    #[inline]
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        let (size, align) = (layout.size(), layout.align());
        // SAFETY: as in `alloc`.
        unsafe {
            if plain(align, size) { ffi::mi_zalloc(size) } else { ffi::mi_zalloc_aligned(size, align) }.cast()
        }
    }

    #[inline]
    unsafe fn dealloc(&self, ptr: *mut u8, _layout: Layout) {
        // SAFETY: the caller passes a block this allocator returned, which mimalloc owns.
        unsafe { ffi::mi_free(ptr.cast::<c_void>()) }
    }

    #[inline]
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let ptr = ptr.cast::<c_void>();
        // SAFETY: `ptr` is a block this allocator returned for `layout`; the new block keeps
        // the alignment by the same rule as `alloc`.
        unsafe {
            if plain(layout.align(), new_size) {
                ffi::mi_realloc(ptr, new_size)
            } else {
                ffi::mi_realloc_aligned(ptr, new_size, layout.align())
            }
            .cast()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The rule's edges: what C's `malloc` guarantees goes plain, nothing more.
    #[test]
    fn plain_calls_take_what_malloc_guarantees() {
        assert!(plain(8, 48), "ordinary 8-aligned values");
        assert!(plain(1, 1) && plain(8, 8) && plain(16, 16));
        assert!(!plain(16, 8), "a block under 16 bytes is only 8-aligned");
        assert!(!plain(32, 64) && !plain(4096, 4096), "over-aligned types keep the aligned functions");
    }

    /// Every (size, alignment) pair, on either side of the rule, comes back aligned and
    /// writable, and keeps its contents through a reallocation. All blocks are held at once, so
    /// that size classes run out of free blocks and mimalloc's slower paths are taken too.
    #[test]
    fn blocks_are_aligned_and_keep_their_contents() {
        let mut held = Vec::new();
        for align in [1, 2, 4, 8, 16, 32, 64, 128, 4096] {
            for size in (1..=300).chain([511, 1000, 1024, 1500, 4097, 70_000, 300_000]) {
                let layout = Layout::from_size_align(size, align).unwrap();
                for zeroed in [false, true] {
                    // SAFETY: the layout's size is not zero; the block is freed below.
                    let block = unsafe {
                        if zeroed { MiMalloc.alloc_zeroed(layout) } else { MiMalloc.alloc(layout) }
                    };
                    assert!(!block.is_null());
                    assert_eq!(block as usize % align, 0, "size {size}, alignment {align}");
                    // SAFETY: the block holds `size` bytes.
                    let bytes = unsafe { std::slice::from_raw_parts_mut(block, size) };
                    assert!(!zeroed || bytes.iter().all(|b| *b == 0));
                    bytes.fill(0xA5);
                    held.push((block, layout));
                }
            }
        }
        for (block, layout) in held {
            let new_size = layout.size() * 3 + 7;
            // SAFETY: `block` came from this allocator with `layout` and is not used again.
            let moved = unsafe { MiMalloc.realloc(block, layout, new_size) };
            assert_eq!(moved as usize % layout.align(), 0, "{layout:?} grown to {new_size}");
            // SAFETY: the new block holds `new_size` >= `layout.size()` bytes.
            let kept = unsafe { std::slice::from_raw_parts(moved, layout.size()) };
            assert!(kept.iter().all(|b| *b == 0xA5));
            // SAFETY: `moved` came from this allocator with this size and alignment.
            unsafe { MiMalloc.dealloc(moved, Layout::from_size_align(new_size, layout.align()).unwrap()) };
        }
    }
}
