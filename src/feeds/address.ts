// Which IP addresses a feed fetch may connect to. Pure (no node: imports): Node checks every
// address a name resolves to, the Worker checks addresses written literally in a URL.
// A fetch from flowline must not become a way into the machine or network it runs on (an admin
// page on localhost, a router on 192.168.x, the cloud metadata service at 169.254.169.254), so
// anything that is not a public unicast address is refused unless the run allows it for tests.

/** Why `ip` is not a public address ("loopback", "private (10/8)", …), or null when it is. */
export function nonPublicReason(ip: string): string | null {
  const v4 = parseIpv4(ip);
  if (v4) return ipv4Reason(v4);
  const v6 = parseIpv6(ip);
  if (v6) return ipv6Reason(v6);
  return 'not an IP address';
}

function ipv4Reason([a, b, c]: number[]): string | null {
  if (a === 0) return 'the "this network" range (0/8)';
  if (a === 10) return 'private (10/8)';
  if (a === 127) return 'loopback (127/8)';
  if (a === 169 && b === 254) return 'link-local (169.254/16, where cloud metadata services answer)';
  if (a === 172 && b! >= 16 && b! <= 31) return 'private (172.16/12)';
  if (a === 192 && b === 168) return 'private (192.168/16)';
  if (a === 100 && b! >= 64 && b! <= 127) return 'carrier-grade NAT (100.64/10)';
  if (a === 192 && b === 0 && (c === 0 || c === 2)) return 'reserved (192.0.0/24, 192.0.2/24)';
  if (a === 198 && (b === 18 || b === 19)) return 'benchmarking (198.18/15)';
  if (a === 198 && b === 51 && c === 100) return 'documentation (198.51.100/24)';
  if (a === 203 && b === 0 && c === 113) return 'documentation (203.0.113/24)';
  if (a! >= 224) return 'multicast or reserved (224/3)';
  return null;
}

function ipv6Reason(words: number[]): string | null {
  const [w0, w1, w2, w3, w4, w5, w6, w7] = words as [number, number, number, number, number, number, number, number];
  if (words.every((w) => w === 0)) return 'the unspecified address (::)';
  if (w0 === 0 && w1 === 0 && w2 === 0 && w3 === 0 && w4 === 0 && w5 === 0 && w6 === 0 && w7 === 1) return 'loopback (::1)';
  // IPv4-mapped (::ffff:a.b.c.d) and NAT64 (64:ff9b::a.b.c.d) carry an IPv4 address: judge that one.
  const mapped = w0 === 0 && w1 === 0 && w2 === 0 && w3 === 0 && w4 === 0 && w5 === 0xffff;
  const nat64 = w0 === 0x64 && w1 === 0xff9b && w2 === 0 && w3 === 0 && w4 === 0 && w5 === 0;
  if (mapped || nat64) return ipv4Reason([w6 >> 8, w6 & 0xff, w7 >> 8, w7 & 0xff]);
  if ((w0 & 0xfe00) === 0xfc00) return 'unique local (fc00::/7)';
  if ((w0 & 0xffc0) === 0xfe80) return 'link-local (fe80::/10)';
  if ((w0 & 0xff00) === 0xff00) return 'multicast (ff00::/8)';
  if (w0 === 0x2001 && w1 === 0x0db8) return 'documentation (2001:db8::/32)';
  return null;
}

export function parseIpv4(ip: string): number[] | null {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(ip);
  if (!m) return null;
  const parts = m.slice(1).map(Number);
  return parts.every((p) => p <= 255) ? parts : null;
}

/** Eight 16-bit words, or null. Accepts `::` shorthand, a trailing dotted IPv4 part and brackets. */
export function parseIpv6(input: string): number[] | null {
  let ip = input.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  if (!ip.includes(':')) return null;
  const tail = /(\d{1,3}(?:\.\d{1,3}){3})$/.exec(ip);
  if (tail) {
    const v4 = parseIpv4(tail[1]!);
    if (!v4) return null;
    ip = `${ip.slice(0, -tail[1]!.length)}${((v4[0]! << 8) | v4[1]!).toString(16)}:${((v4[2]! << 8) | v4[3]!).toString(16)}`;
  }
  const halves = ip.split('::');
  if (halves.length > 2) return null;
  const words = (s: string) => (s === '' ? [] : s.split(':'));
  const head = words(halves[0]!);
  const rest = halves.length === 2 ? words(halves[1]!) : [];
  const missing = 8 - head.length - rest.length;
  if (halves.length === 1 ? missing !== 0 : missing < 1) return null;
  const all = [...head, ...Array<string>(halves.length === 2 ? missing : 0).fill('0'), ...rest];
  if (!all.every((w) => /^[0-9a-f]{1,4}$/i.test(w))) return null;
  return all.map((w) => Number.parseInt(w, 16));
}

/** The host of a URL as an IP address when it is written as one (URL keeps IPv6 in brackets). */
export function literalAddress(hostname: string): string | null {
  const bare = hostname.replace(/^\[|\]$/g, '');
  return parseIpv4(bare) || parseIpv6(bare) ? bare : null;
}
