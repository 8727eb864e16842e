//! The sessions a store looked up lately, with their identities, for a store that is the only
//! writer of its data (a SQLite file kept to the process): a session check that finds its token
//! here skips the database and the decoding of its rows.
//!
//! Coherence rests on a generation. Every write that can change or remove a stored session or
//! identity, once it has committed, moves the generation on and drops what it changed from the
//! map: the one session it revoked or refreshed, or everything when it touched an identity. A
//! lookup that misses notes the generation before it reads the database and may keep its answer
//! only if no such write ended in between, so an answer read before a revocation can never be
//! kept after it. Writes that only add rows (a new session, identity, flow) leave the map alone:
//! only sessions found are kept, and an addition changes none of them. Expiry is not the map's
//! concern: the session service checks it against the clock on every answer, kept or not.

use indexmap::IndexMap;
use parking_lot::Mutex;

use crate::session::{SessionWithIdentity, TokenDigest};

pub(super) struct RecentSessions {
    inner: Mutex<Inner>,
    /// How many sessions are kept (`kept_sessions` of the DSN); past it, one picked at random
    /// makes room.
    capacity: usize,
}

#[derive(Default)]
struct Inner {
    generation: u64,
    /// Indexed as well as hashed, so that a random entry makes room in constant time.
    sessions: IndexMap<String, SessionWithIdentity>,
}

/// The generation a lookup that missed saw, to hand back to [`RecentSessions::keep`] with what
/// the database answered.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Generation(u64);

impl RecentSessions {
    pub(super) fn new(capacity: usize) -> Self {
        Self { inner: Mutex::new(Inner::default()), capacity }
    }

    /// The session and identity kept for `digest` (shared, not copied), or the generation
    /// this miss saw.
    pub(super) fn get(&self, digest: &TokenDigest) -> Result<SessionWithIdentity, Generation> {
        let inner = self.inner.lock();
        match inner.sessions.get(&digest.0) {
            Some(kept) => Ok(kept.clone()),
            None => Err(Generation(inner.generation)),
        }
    }

    /// Keeps what the database answered for `digest`, unless a write that may have changed it
    /// ended since the lookup that missed.
    pub(super) fn keep(&self, seen: Generation, digest: &TokenDigest, found: &SessionWithIdentity) {
        if self.capacity == 0 {
            return;
        }
        let (kept, key) = (found.clone(), digest.0.clone());
        let evicted = {
            let mut inner = self.inner.lock();
            if inner.generation != seen.0 {
                return;
            }
            let len = inner.sessions.len();
            let evicted = (len >= self.capacity)
                .then(|| inner.sessions.swap_remove_index(rand::random_range(0..len)))
                .flatten();
            inner.sessions.insert(key, kept);
            evicted
        };
        // Freed, when this was its last holder, after the lock is let go.
        drop(evicted);
    }

    /// Forgets the session of `digest`: called after a write that changed only that session
    /// has committed. Lookups in flight keep nothing, as they may have read it before.
    pub(super) fn forget(&self, digest: &TokenDigest) {
        let forgotten = {
            let mut inner = self.inner.lock();
            inner.generation += 1;
            inner.sessions.swap_remove(&digest.0)
        };
        drop(forgotten);
    }

    /// Forgets every session: called after a write that may have changed any of them, or their
    /// identities, has committed. The map is freed after the lock is let go.
    pub(super) fn forget_all(&self) {
        let forgotten = {
            let mut inner = self.inner.lock();
            inner.generation += 1;
            std::mem::take(&mut inner.sessions)
        };
        drop(forgotten);
    }

    #[cfg(test)]
    pub(super) fn capacity(&self) -> usize {
        self.capacity
    }

    #[cfg(test)]
    fn len(&self) -> usize {
        self.inner.lock().sessions.len()
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::*;
    use crate::identity::{Identity, IdentityId, IdentityState};
    use crate::session::{Aal, Session, SessionId, SessionToken};

    fn entry() -> (TokenDigest, SessionWithIdentity) {
        let at = chrono::Utc::now();
        let identity = Identity {
            id: IdentityId::new(),
            schema_id: "default".into(),
            traits: serde_json::json!({ "email": "a@example.com" }),
            state: IdentityState::Active,
            state_changed_at: None,
            metadata_public: None,
            metadata_admin: None,
            external_id: None,
            password: None,
            created_at: at,
            updated_at: at,
        };
        let digest = SessionToken::generate().digest();
        let session = Session {
            id: SessionId::new(),
            token_digest: digest.clone(),
            identity_id: identity.id,
            active: true,
            expires_at: at + chrono::Duration::hours(1),
            authenticated_at: at,
            issued_at: at,
            aal: Aal::Aal1,
            methods: Vec::new(),
            devices: Vec::new(),
        };
        (digest, Arc::new((session, identity)))
    }

    fn found(recent: &RecentSessions, digest: &TokenDigest) -> bool {
        recent.get(digest).is_ok()
    }

    /// A lookup that misses, then keeps what the database would have answered.
    fn look_up_and_keep(recent: &RecentSessions, (digest, found): &(TokenDigest, SessionWithIdentity)) {
        let Err(seen) = recent.get(digest) else { panic!("found before it was kept") };
        recent.keep(seen, digest, found);
    }

    #[test]
    fn a_kept_session_is_found_until_a_write_forgets_it() {
        let recent = RecentSessions::new(8);
        let kept = entry();
        look_up_and_keep(&recent, &kept);
        assert!(found(&recent, &kept.0));
        recent.forget_all();
        assert!(!found(&recent, &kept.0));
    }

    #[test]
    fn forgetting_one_session_keeps_the_others() {
        let recent = RecentSessions::new(8);
        let (first, second) = (entry(), entry());
        look_up_and_keep(&recent, &first);
        look_up_and_keep(&recent, &second);
        recent.forget(&first.0);
        assert!(!found(&recent, &first.0));
        assert!(found(&recent, &second.0));
    }

    #[test]
    fn an_answer_read_across_a_write_is_not_kept() {
        let recent = RecentSessions::new(8);
        let (digest, answer) = entry();
        let Err(seen) = recent.get(&digest) else { panic!("found in an empty map") };
        // A revocation commits while the lookup reads the database.
        recent.forget(&digest);
        recent.keep(seen, &digest, &answer);
        assert!(!found(&recent, &digest));
        let Err(now) = recent.get(&digest) else { panic!("a stale answer was kept") };
        assert_ne!(now, seen);
    }

    #[test]
    fn the_map_stays_within_its_capacity() {
        let recent = RecentSessions::new(3);
        let entries: Vec<_> = (0..5).map(|_| entry()).collect();
        for kept in &entries {
            look_up_and_keep(&recent, kept);
            assert!(found(&recent, &kept.0));
        }
        assert_eq!(recent.len(), 3);
    }

    #[test]
    fn a_capacity_of_zero_keeps_nothing() {
        let recent = RecentSessions::new(0);
        let kept = entry();
        look_up_and_keep(&recent, &kept);
        assert!(!found(&recent, &kept.0));
    }
}
