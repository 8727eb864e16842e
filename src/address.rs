//! Client addresses as the rate limits count them.

use std::net::IpAddr;

use ipnet::{IpNet, Ipv4Net, Ipv6Net};

/// The network one client is taken to control: its IPv4 address, or the /64 of its IPv6
/// address (one subscriber's usual allocation; counting single IPv6 addresses would let one
/// client rotate through 2^64 of them).
pub fn client_network(ip: IpAddr) -> IpNet {
    match ip {
        IpAddr::V4(v4) => IpNet::V4(Ipv4Net::from(v4)),
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => IpNet::V4(Ipv4Net::from(v4)),
            None => Ipv6Net::new(v6, 64).map(|net| IpNet::V6(net.trunc())).unwrap_or(IpNet::V6(v6.into())),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ipv6_clients_are_counted_by_their_64() {
        let a = client_network("2001:db8:1:2:aaaa::1".parse().unwrap());
        let b = client_network("2001:db8:1:2:bbbb::9".parse().unwrap());
        assert_eq!(a, b);
        assert_eq!(a.to_string(), "2001:db8:1:2::/64");
        assert_ne!(a, client_network("2001:db8:1:3::1".parse().unwrap()));
    }

    #[test]
    fn ipv4_clients_are_counted_alone_however_written() {
        assert_eq!(client_network("203.0.113.7".parse().unwrap()).to_string(), "203.0.113.7/32");
        assert_eq!(
            client_network("::ffff:203.0.113.7".parse().unwrap()),
            client_network("203.0.113.7".parse().unwrap())
        );
    }
}
