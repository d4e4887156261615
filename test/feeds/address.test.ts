import { describe, expect, it } from 'vitest';
import { nonPublicReason, parseIpv6 } from '../../src/feeds/address';

describe('nonPublicReason', () => {
  it.each([
    ['127.0.0.1', /loopback/],
    ['10.1.2.3', /private/],
    ['172.16.0.1', /private/],
    ['172.31.255.255', /private/],
    ['192.168.1.1', /private/],
    ['169.254.169.254', /link-local.*metadata/],
    ['100.64.0.1', /carrier-grade/],
    ['0.0.0.0', /this network/],
    ['224.0.0.1', /multicast/],
    ['::1', /loopback/],
    ['::', /unspecified/],
    ['fe80::1', /link-local/],
    ['fd00:ec2::254', /unique local/],
    ['::ffff:127.0.0.1', /loopback/],
    ['::ffff:7f00:1', /loopback/],
    ['64:ff9b::a9fe:a9fe', /link-local/],
  ])('%s is not public', (ip, reason) => {
    expect(nonPublicReason(ip)).toMatch(reason);
  });

  it.each(['8.8.8.8', '172.32.0.1', '192.169.0.1', '2606:4700::1111', '::ffff:8.8.4.4'])('%s is public', (ip) => {
    expect(nonPublicReason(ip)).toBeNull();
  });

  it('parses IPv6 shorthand and refuses what is not an address', () => {
    expect(parseIpv6('2001:db8::1')).toEqual([0x2001, 0xdb8, 0, 0, 0, 0, 0, 1]);
    expect(parseIpv6('1::2::3')).toBeNull();
    expect(nonPublicReason('example.org')).toBe('not an IP address');
  });
});
