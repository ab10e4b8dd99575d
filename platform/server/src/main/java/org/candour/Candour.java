package org.candour;

import org.candour.cli.PackCli;

import org.springframework.boot.SpringApplication;

/**
 * The jar's entry point: {@code java -jar candour.jar} runs the server;
 * {@code java -jar candour.jar pack …} runs the configuration-pack command line.
 */
public final class Candour {

	private Candour() {
	}

	public static void main(String[] args) {
		if (args.length > 0 && "pack".equals(args[0])) {
			System.exit(PackCli.run(java.util.Arrays.copyOfRange(args, 1, args.length), System.out, System.err));
		}
		SpringApplication.run(CandourApplication.class, args);
	}

}
