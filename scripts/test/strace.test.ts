import { describe, expect, it } from 'vitest'
import { outbound } from './support/strace.ts'

// Lines as strace 6.1 prints them with -f -yy (taken from real traces of Node and Chromium).
const probe = [
  '20925 connect(29<UDPv6:[[::]:44774]>, {sa_family=AF_INET6, sin6_port=htons(443), sin6_flowinfo=htonl(0), inet_pton(AF_INET6, "2001:4860:4860::8888", &sin6_addr), sin6_scope_id=0}, 28) = 0',
  '20925 connect(30<UDPv6:[[::]:51002]>, {sa_family=AF_INET6, sin6_port=htons(443), sin6_flowinfo=htonl(0), inet_pton(AF_INET6, "2001:4860:4860::8888", &sin6_addr), sin6_scope_id=0}, 28 <unfinished ...>',
]

describe('outbound (no phone-home trace reader)', () => {
  it('lets a UDP route probe pass, on whichever thread it was opened', () => {
    expect(outbound(probe.join('\n'))).toEqual([])
  })

  it('reports data sent through a UDP socket connected to a public address', () => {
    const send =
      '20931 sendmsg(29<UDPv6:[[::]:44774]>, {msg_name=NULL, msg_namelen=0, msg_iov=[{iov_base="x", iov_len=1}], msg_iovlen=1, msg_controllen=0, msg_flags=0}, 0) = 1'
    expect(outbound([...probe, send].join('\n'))).toEqual([probe[0]])
  })

  it('reports a TCP connect to a public address and a datagram addressed to one, not loopback', () => {
    const tcp =
      '1 connect(21<TCP:[1234]>, {sa_family=AF_INET, sin_port=htons(443), sin_addr=inet_addr("151.101.1.1")}, 16) = -1 EINPROGRESS (Operation now in progress)'
    const local = '1 connect(22<TCP:[1235]>, {sa_family=AF_INET, sin_port=htons(3000), sin_addr=inet_addr("127.0.0.1")}, 16) = 0'
    const dns =
      '1 sendmsg(19<UDP:[0.0.0.0:41785]>, {msg_name={sa_family=AF_INET, sin_port=htons(53), sin_addr=inet_addr("192.0.2.53")}, msg_namelen=16, msg_iov=[{iov_base="x", iov_len=1}], msg_iovlen=1, msg_controllen=0, msg_flags=0}, 0) = 1'
    const loopbackDns = dns.replace('192.0.2.53', '127.0.0.53')
    expect(outbound([tcp, local, dns, loopbackDns].join('\n'))).toEqual([tcp, dns])
  })

  it('reports anything that names a telemetry host', () => {
    const query = '1 sendto(19<UDP:[0.0.0.0:4000]>, "\\x12telemetry\\x07nextjs\\x03org", 33, MSG_NOSIGNAL, NULL, 0) = 33'
    expect(outbound(query)).toEqual([query])
  })
})
