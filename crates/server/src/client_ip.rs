//! The client's address behind trusted proxies. `X-Forwarded-For` is
//! believed only when the connection comes from a configured trusted proxy
//! (none by default: anyone can write the header), and then only as far as
//! the chain of trusted proxies goes: reading from the right, the first
//! address that is not a trusted proxy is the client.

use axum::http::HeaderMap;
use std::net::IpAddr;
use std::str::FromStr;

/// An address or a network (`10.0.0.0/8`, `2001:db8::/32`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Network {
    address: IpAddr,
    prefix: u8,
}

impl Network {
    fn contains(&self, ip: IpAddr) -> bool {
        match (self.address, ip.to_canonical()) {
            (IpAddr::V4(net), IpAddr::V4(ip)) => {
                let mask = u32::MAX
                    .checked_shl(32 - u32::from(self.prefix))
                    .unwrap_or(0);
                u32::from(net) & mask == u32::from(ip) & mask
            }
            (IpAddr::V6(net), IpAddr::V6(ip)) => {
                let mask = u128::MAX
                    .checked_shl(128 - u32::from(self.prefix))
                    .unwrap_or(0);
                u128::from(net) & mask == u128::from(ip) & mask
            }
            _ => false,
        }
    }
}

impl FromStr for Network {
    type Err = String;

    fn from_str(text: &str) -> Result<Self, String> {
        let text = text.trim();
        let bad = || format!("`{text}` is not an IP address or network such as 10.0.0.0/8");
        let (address, prefix) = match text.split_once('/') {
            Some((a, p)) => (a, Some(p)),
            None => (text, None),
        };
        let address = IpAddr::from_str(address).map_err(|_| bad())?.to_canonical();
        let max = if address.is_ipv4() { 32 } else { 128 };
        let prefix = match prefix {
            None => max,
            Some(p) => p.parse::<u8>().ok().filter(|p| *p <= max).ok_or_else(bad)?,
        };
        Ok(Self { address, prefix })
    }
}

/// The proxies whose `X-Forwarded-For` is believed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TrustedProxies(Vec<Network>);

impl TrustedProxies {
    /// A comma-separated list of addresses and networks; empty for none.
    pub fn parse(text: &str) -> Result<Self, String> {
        text.split(',')
            .filter(|part| !part.trim().is_empty())
            .map(Network::from_str)
            .collect::<Result<Vec<_>, _>>()
            .map(Self)
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    fn trusts(&self, ip: IpAddr) -> bool {
        self.0.iter().any(|n| n.contains(ip))
    }
}

impl std::fmt::Display for TrustedProxies {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.0.is_empty() {
            return f.write_str("none");
        }
        let list: Vec<String> = self
            .0
            .iter()
            .map(|n| format!("{}/{}", n.address, n.prefix))
            .collect();
        f.write_str(&list.join(","))
    }
}

/// One `X-Forwarded-For` entry: a bare address, or one with a port.
fn forwarded_entry(text: &str) -> Option<IpAddr> {
    let text = text.trim();
    IpAddr::from_str(text)
        .ok()
        .or_else(|| std::net::SocketAddr::from_str(text).ok().map(|s| s.ip()))
        .map(|ip| ip.to_canonical())
}

/// The address to count a request against: the connection's peer, or, when
/// the peer is a trusted proxy, the nearest address in `X-Forwarded-For`
/// that is not one (an unreadable entry ends the search at the last proxy
/// that named it).
pub fn client_ip(peer: IpAddr, headers: &HeaderMap, trusted: &TrustedProxies) -> IpAddr {
    let mut client = peer.to_canonical();
    if !trusted.trusts(client) {
        return client;
    }
    let entries: Vec<&str> = headers
        .get_all("x-forwarded-for")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .collect();
    for entry in entries.iter().rev() {
        let Some(ip) = forwarded_entry(entry) else {
            break;
        };
        client = ip;
        if !trusted.trusts(ip) {
            break;
        }
    }
    client
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    fn headers(xff: &[&str]) -> HeaderMap {
        let mut h = HeaderMap::new();
        for v in xff {
            h.append("x-forwarded-for", HeaderValue::from_str(v).unwrap());
        }
        h
    }

    fn ip(text: &str) -> IpAddr {
        text.parse().unwrap()
    }

    #[test]
    fn without_trusted_proxies_the_header_is_ignored() {
        let none = TrustedProxies::default();
        assert_eq!(
            client_ip(ip("192.0.2.1"), &headers(&["203.0.113.5"]), &none),
            ip("192.0.2.1")
        );
    }

    #[test]
    fn a_trusted_proxy_names_the_client_and_an_untrusted_peer_does_not() {
        let trusted = TrustedProxies::parse("10.0.0.0/8, 127.0.0.1").unwrap();
        let h = headers(&["203.0.113.5"]);
        assert_eq!(client_ip(ip("10.1.2.3"), &h, &trusted), ip("203.0.113.5"));
        assert_eq!(client_ip(ip("192.0.2.9"), &h, &trusted), ip("192.0.2.9"));
    }

    #[test]
    fn addresses_a_client_wrote_before_the_proxies_are_not_believed() {
        let trusted = TrustedProxies::parse("10.0.0.0/8").unwrap();
        // The client sent "1.1.1.1" itself; the load balancer appended the
        // real address, then an inner proxy appended the balancer's.
        let h = headers(&["1.1.1.1, 203.0.113.5", "10.0.0.2"]);
        assert_eq!(client_ip(ip("10.0.0.3"), &h, &trusted), ip("203.0.113.5"));
        let garbage = headers(&["1.1.1.1, not-an-address"]);
        assert_eq!(
            client_ip(ip("10.0.0.3"), &garbage, &trusted),
            ip("10.0.0.3")
        );
        let ported = headers(&["203.0.113.5:4711"]);
        assert_eq!(
            client_ip(ip("10.0.0.3"), &ported, &trusted),
            ip("203.0.113.5")
        );
    }

    #[test]
    fn networks_match_by_prefix_and_bad_entries_are_named() {
        let trusted = TrustedProxies::parse("2001:db8::/32,192.168.0.0/16").unwrap();
        assert!(trusted.trusts(ip("2001:db8:ffff::1")));
        assert!(trusted.trusts(ip("::ffff:192.168.4.4")));
        assert!(!trusted.trusts(ip("192.169.0.1")));
        assert!(TrustedProxies::parse("").unwrap().is_empty());
        assert!(TrustedProxies::parse("10.0.0.0/33")
            .unwrap_err()
            .contains("10.0.0.0/33"));
        assert!(TrustedProxies::parse("proxy.local").is_err());
        assert_eq!(
            TrustedProxies::parse("0.0.0.0/0").unwrap().to_string(),
            "0.0.0.0/0"
        );
    }
}
