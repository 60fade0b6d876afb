//! Who a request comes from, and how much of the server one client may
//! hold: the `[http]` settings, the trusted reverse proxies, and the client
//! address every limit counts by.

use std::net::IpAddr;
use std::str::FromStr;
use std::time::Duration;

use axum::extract::{ConnectInfo, Request};
use axum::http::HeaderMap;
use axum::middleware::Next;
use axum::response::Response;
use serde::Deserialize;

/// The `[http]` table of `balcao.toml`.
#[derive(Debug, Clone, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct HttpSettings {
    /// Reverse proxies whose `X-Forwarded-For` is believed (addresses or
    /// CIDR ranges). Empty: the TCP peer is the client.
    pub trusted_proxies: Vec<IpNet>,
    /// A connection must send a request's headers within this long, when
    /// it opens and again after each response (so it is also how long an
    /// idle kept-alive connection stays open).
    pub header_timeout_secs: u64,
    /// Connections open at once from one address (trusted proxies are
    /// exempt: they carry many clients).
    pub connections_per_client: usize,
    /// Live event streams open at once, in all...
    pub event_streams: usize,
    /// ...and per client.
    pub event_streams_per_client: usize,
    /// Searches a minute per kiosk or client address; 0 lifts the budget
    /// (a load test, or a reverse proxy that limits already).
    pub searches_per_minute: usize,
}

impl Default for HttpSettings {
    fn default() -> Self {
        HttpSettings {
            trusted_proxies: Vec::new(),
            header_timeout_secs: 10,
            // A whole office or lobby often shares one address.
            connections_per_client: 256,
            event_streams: 2000,
            event_streams_per_client: 64,
            // Enough for results as one types: a request per key press,
            // pauses between words.
            searches_per_minute: 120,
        }
    }
}

impl HttpSettings {
    pub fn header_timeout(&self) -> Duration {
        Duration::from_secs(self.header_timeout_secs)
    }

    /// What is wrong with the settings, for the start-up check.
    pub fn problems(&self) -> Vec<String> {
        let mut p = Vec::new();
        for (name, value) in [
            ("header_timeout_secs", self.header_timeout_secs as usize),
            ("connections_per_client", self.connections_per_client),
            ("event_streams", self.event_streams),
            ("event_streams_per_client", self.event_streams_per_client),
        ] {
            if value == 0 {
                p.push(format!("[http] {name} must be at least 1"));
            }
        }
        p
    }

    pub fn is_trusted(&self, peer: IpAddr) -> bool {
        let peer = peer.to_canonical();
        self.trusted_proxies.iter().any(|n| n.contains(peer))
    }

    /// The client behind `peer`: the rightmost `X-Forwarded-For` hop that
    /// is not a trusted proxy, when `peer` is one. Hops further left were
    /// written by the client itself and prove nothing.
    pub fn client(&self, peer: IpAddr, headers: &HeaderMap) -> IpAddr {
        let mut client = peer.to_canonical();
        if !self.is_trusted(client) {
            return client;
        }
        let hops: Vec<&str> = headers
            .get_all("x-forwarded-for")
            .iter()
            .filter_map(|v| v.to_str().ok())
            .flat_map(|v| v.split(','))
            .collect();
        for hop in hops.iter().rev() {
            let Ok(ip) = hop.trim().parse::<IpAddr>() else {
                break;
            };
            client = ip.to_canonical();
            if !self.is_trusted(client) {
                break;
            }
        }
        client
    }
}

/// An address or a CIDR range, as written in `balcao.toml`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct IpNet {
    addr: IpAddr,
    prefix: u8,
}

impl IpNet {
    pub fn contains(&self, ip: IpAddr) -> bool {
        match (self.addr, ip) {
            (IpAddr::V4(n), IpAddr::V4(i)) => {
                let mask = u32::MAX
                    .checked_shl(32 - u32::from(self.prefix))
                    .unwrap_or(0);
                u32::from(n) & mask == u32::from(i) & mask
            }
            (IpAddr::V6(n), IpAddr::V6(i)) => {
                let mask = u128::MAX
                    .checked_shl(128 - u32::from(self.prefix))
                    .unwrap_or(0);
                u128::from(n) & mask == u128::from(i) & mask
            }
            _ => false,
        }
    }
}

impl FromStr for IpNet {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, String> {
        let bad = || format!("{s:?} is not an IP address or CIDR range");
        let (addr, prefix) = match s.split_once('/') {
            Some((a, p)) => (a, Some(p.parse::<u8>().map_err(|_| bad())?)),
            None => (s, None),
        };
        let addr = addr.parse::<IpAddr>().map_err(|_| bad())?.to_canonical();
        let max = if addr.is_ipv4() { 32 } else { 128 };
        let prefix = prefix.unwrap_or(max);
        if prefix > max {
            return Err(bad());
        }
        Ok(IpNet { addr, prefix })
    }
}

impl<'de> Deserialize<'de> for IpNet {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

impl std::fmt::Display for IpNet {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}/{}", self.addr, self.prefix)
    }
}

/// The client's address, worked out once per request by [`resolve`].
#[derive(Debug, Clone, Copy)]
pub struct ClientAddr(pub IpAddr);

/// Middleware: records the request's client address for limits and logs.
pub async fn resolve(
    axum::extract::State(state): axum::extract::State<super::AppState>,
    mut req: Request,
    next: Next,
) -> Response {
    if let Some(ConnectInfo(peer)) = req
        .extensions()
        .get::<ConnectInfo<std::net::SocketAddr>>()
        .copied()
    {
        let client = state.http.client(peer.ip(), req.headers());
        req.extensions_mut().insert(ClientAddr(client));
    }
    next.run(req).await
}

/// The client's address, for rate limits; empty when not served over TCP
/// (tests calling the router directly).
pub struct ClientIp(pub String);

impl<S: Send + Sync> axum::extract::FromRequestParts<S> for ClientIp {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(
        parts: &mut axum::http::request::Parts,
        _: &S,
    ) -> Result<Self, Self::Rejection> {
        Ok(ClientIp(
            parts
                .extensions
                .get::<ClientAddr>()
                .map(|c| c.0.to_string())
                .unwrap_or_default(),
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn settings(trusted: &[&str]) -> HttpSettings {
        HttpSettings {
            trusted_proxies: trusted.iter().map(|t| t.parse().unwrap()).collect(),
            ..HttpSettings::default()
        }
    }

    fn xff(v: &str) -> HeaderMap {
        let mut h = HeaderMap::new();
        h.insert("x-forwarded-for", v.parse().unwrap());
        h
    }

    #[test]
    fn ranges_hold_their_addresses_only() {
        let n: IpNet = "10.1.0.0/16".parse().unwrap();
        assert!(n.contains("10.1.200.3".parse().unwrap()));
        assert!(!n.contains("10.2.0.1".parse().unwrap()));
        let v6: IpNet = "fd00::/8".parse().unwrap();
        assert!(v6.contains("fd12::1".parse().unwrap()));
        assert!(
            "0.0.0.0/0"
                .parse::<IpNet>()
                .unwrap()
                .contains("8.8.8.8".parse().unwrap())
        );
        assert!("10.0.0.0/33".parse::<IpNet>().is_err());
        assert!("proxy.local".parse::<IpNet>().is_err());
    }

    #[test]
    fn the_rightmost_untrusted_hop_is_the_client() {
        let s = settings(&["10.0.0.0/8"]);
        let proxy: IpAddr = "10.0.0.2".parse().unwrap();
        // The client claims to be 1.1.1.1; the proxies saw 203.0.113.9.
        let h = xff("1.1.1.1, 203.0.113.9, 10.0.0.7");
        assert_eq!(
            s.client(proxy, &h),
            "203.0.113.9".parse::<IpAddr>().unwrap()
        );
    }

    #[test]
    fn forwarded_for_from_an_untrusted_peer_is_ignored() {
        let s = settings(&["10.0.0.0/8"]);
        let peer: IpAddr = "198.51.100.4".parse().unwrap();
        assert_eq!(s.client(peer, &xff("10.0.0.1")), peer);
    }

    #[test]
    fn ipv4_mapped_peers_match_ipv4_ranges() {
        let s = settings(&["127.0.0.1"]);
        let mapped: IpAddr = "::ffff:127.0.0.1".parse().unwrap();
        assert_eq!(
            s.client(mapped, &xff("192.0.2.1")),
            "192.0.2.1".parse::<IpAddr>().unwrap()
        );
    }
}
