/**
 * Reads an `strace -f -yy` trace of connect() and send*() calls and returns the lines that put traffic on the
 * network: a connect() of a stream socket to anything but loopback, data sent to such an address, and anything
 * that names a telemetry host.
 *
 * A UDP socket that is connected but never sends (Chromium's IPv6-reachability probe: connect() to a public
 * address only picks a route) puts nothing on the network, so it counts only if something is sent through it.
 * Sockets are told apart by what `-yy` prints after the descriptor (`<UDP:[0.0.0.0:41689]>`): the local port is
 * unique on the machine, whereas pid and fd are not (strace's pid is the thread, and Chromium opens a socket on
 * one thread and connects it on another).
 */
export function outbound(trace: string): string[] {
  const found: string[] = []
  const udp = new Map<string, { line: string; sent: boolean }>() // socket annotation → its remote connect()
  const settle = (key: string) => {
    const socket = udp.get(key)
    if (socket?.sent) found.push(socket.line)
    udp.delete(key)
  }
  for (const line of trace.split('\n')) {
    if (/telemetry/i.test(line)) found.push(line)
    const call = line.match(/^\d+ (connect|sendto|sendmsg|sendmmsg)\(\d+(?:<([^>]*)>)?/)
    if (!call) continue
    const [, name, annotation = ''] = call
    const isUdp = /^UDP(v6)?:/.test(annotation)
    if (name === 'connect') {
      if (isUdp) settle(annotation)
      if (!remoteAddress(line)) continue
      if (isUdp) udp.set(annotation, { line, sent: false })
      else found.push(line)
      continue
    }
    if (remoteAddress(line)) found.push(line)
    else if (isUdp && /\) = \d+$/.test(line)) {
      const socket = udp.get(annotation)
      if (socket) socket.sent = true
    }
  }
  for (const key of [...udp.keys()]) settle(key)
  return found
}

/** A non-loopback address in a traced connect() or send*(), if any. */
function remoteAddress(line: string): string | null {
  const v4 = line.match(/sin_addr=inet_addr\("([^"]+)"\)/)?.[1]
  const v6 = line.match(/inet_pton\(AF_INET6, "([^"]+)"/)?.[1]
  if (v4 && !v4.startsWith('127.') && v4 !== '0.0.0.0') return v4
  if (v6 && !['::1', '::'].includes(v6) && !/^::ffff:127\./.test(v6)) return v6
  return null
}
