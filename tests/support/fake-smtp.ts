import net from "node:net";

export type ReceivedMail = { from: string; to: string[]; data: string };
export type FakeSmtp = { port: number; received: ReceivedMail[]; close: () => Promise<void> };

const address = (line: string) => /<([^>]*)>/.exec(line)?.[1] ?? "";

/**
 * The smallest SMTP server nodemailer talks to, on 127.0.0.1 at a free port: 220 greeting, 250 to
 * EHLO/HELO/MAIL/RCPT, 354 to DATA, 221 to QUIT. No TLS, no AUTH. `rejectRecipient` answers 550 to RCPT.
 */
export async function startFakeSmtp(
  options: { rejectRecipient?: (address: string) => boolean } = {},
): Promise<FakeSmtp> {
  const received: ReceivedMail[] = [];
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
    socket.setEncoding("utf8");
    const reply = (...lines: string[]) => socket.write(lines.map((l) => `${l}\r\n`).join(""));
    let buffer = "";
    let inData = false;
    let mail: ReceivedMail = { from: "", to: [], data: "" };
    reply("220 fake.smtp.test ESMTP");
    socket.on("data", (chunk: string) => {
      buffer += chunk;
      let end: number;
      while ((end = buffer.indexOf("\r\n")) >= 0) {
        const line = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        if (inData) {
          if (line === ".") {
            inData = false;
            received.push(mail);
            reply("250 2.0.0 OK queued");
          } else mail.data += `${line.startsWith("..") ? line.slice(1) : line}\n`;
          continue;
        }
        const verb = line.slice(0, 4).toUpperCase();
        if (verb === "EHLO") reply("250-fake.smtp.test", "250 8BITMIME");
        else if (verb === "HELO" || verb === "RSET" || verb === "NOOP") reply("250 OK");
        else if (verb === "MAIL") {
          mail = { from: address(line), to: [], data: "" };
          reply("250 2.1.0 OK");
        } else if (verb === "RCPT") {
          const to = address(line);
          if (options.rejectRecipient?.(to)) reply("550 5.1.1 No such user");
          else {
            mail.to.push(to);
            reply("250 2.1.5 OK");
          }
        } else if (verb === "DATA") {
          inData = true;
          reply("354 End data with <CR><LF>.<CR><LF>");
        } else if (verb === "QUIT") {
          reply("221 2.0.0 Bye");
          socket.end();
        } else reply("502 5.5.2 Command not implemented");
      }
    });
  });
  await new Promise<void>((resolve, reject) => server.once("error", reject).listen(0, "127.0.0.1", resolve));
  const port = (server.address() as net.AddressInfo).port;
  return {
    port,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
