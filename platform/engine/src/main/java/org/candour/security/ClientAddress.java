package org.candour.security;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HexFormat;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Who a client is, for the limits on anonymous visitors: its IP address (the one a proxy
 * forwards when {@code server.forward-headers-strategy} is set), and for IPv6 its /64
 * network, since one home or host is usually given a whole /64 and could otherwise take a
 * fresh address for every request.
 */
public final class ClientAddress {

	/** Only an IPv6 literal is parsed (never looked up by name). */
	private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:][0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

	private static final int NETWORK_BYTES = 8;

	private ClientAddress() {
	}

	public static String of(HttpServletRequest request) {
		String address = String.valueOf(request.getRemoteAddr());
		int zone = address.indexOf('%');
		String literal = zone < 0 ? address : address.substring(0, zone);
		if (!IPV6.matcher(literal).matches()) {
			return address;
		}
		try {
			byte[] bytes = InetAddress.getByName(literal).getAddress();
			return bytes.length == 16 ? HexFormat.of().formatHex(bytes, 0, NETWORK_BYTES) + "::/64" : literal;
		}
		catch (UnknownHostException ex) {
			return address;
		}
	}

}
