package app.pli.transport.lan.link;

import app.pli.transport.noise.NoiseException;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The connecting side of one introduction exchange after its handshake: sends the request's
 * parts at once, gathers the answer's parts, completes the future with the answer and
 * closes. A connection that closes first, or any frame that is not a valid answer part,
 * fails the future.
 *
 * <p>Confined to the channel's event loop; the future completes on the callback pool.
 */
final class IntroClientConnection extends ChannelInboundHandlerAdapter {
    private final LinkSession session;
    private final CompletableFuture<List<byte[]>> result;
    private final IntroMessage answer = new IntroMessage();
    private boolean finished;

    private IntroClientConnection(LinkSession session, CompletableFuture<List<byte[]>> result) {
        this.session = session;
        this.result = result;
    }

    /** Replaces the handshake handler {@code ctx} belongs to and sends {@code request}. */
    static void attach(ChannelHandlerContext ctx, LinkSession session, List<LinkFrame.IntroPart> request,
            CompletableFuture<List<byte[]>> result) {
        ctx.pipeline().replace(ctx.handler(), "lan-intro", new IntroClientConnection(session, result));
        for (LinkFrame.IntroPart part : request) {
            ctx.channel().write(session.seal(part, ctx.alloc()), ctx.channel().voidPromise());
        }
        ctx.channel().flush();
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (finished) {
            return;
        }
        List<byte[]> blocks;
        try {
            if (!(session.open((byte[]) msg) instanceof LinkFrame.IntroPart part)) {
                fail(ctx, "the LAN introduction endpoint sent an unexpected frame");
                return;
            }
            blocks = answer.add(part);
        } catch (NoiseException | MalformedLinkFrameException e) {
            fail(ctx, "the LAN introduction endpoint sent a malformed answer");
            return;
        }
        if (blocks != null) {
            finished = true;
            LinkThreads.callbacks().execute(() -> result.complete(blocks));
            ctx.close();
        }
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object event) {
        if (event == LinkMessageDecoder.BadLength.INSTANCE) {
            fail(ctx, "the LAN introduction endpoint sent a malformed answer");
        } else {
            ctx.fireUserEventTriggered(event);
        }
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        fail(ctx, "the LAN introduction endpoint closed the connection without an answer");
        session.destroy();
        ctx.fireChannelInactive();
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        fail(ctx, "the LAN introduction connection failed (" + cause.getClass().getSimpleName() + ")");
    }

    private void fail(ChannelHandlerContext ctx, String reason) {
        if (!finished) {
            finished = true;
            LinkException e = new LinkException(reason);
            LinkThreads.callbacks().execute(() -> result.completeExceptionally(e));
        }
        ctx.close();
    }
}
