package app.pli.transport.lan.link;

import app.pli.core.error.PliException;
import app.pli.transport.noise.NoiseException;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import java.lang.System.Logger.Level;
import java.util.List;

/**
 * The serving side of one introduction exchange after its handshake: gathers the request's
 * parts, stops reading, asks the {@link IntroResponder} on a callback thread, sends the
 * answer's parts and closes once they are written.
 *
 * <p>Anything else (a frame that fails authentication or decoding, a frame that is not an
 * introduction part, a second request, a responder that throws) closes the connection
 * without an answer. Confined to the channel's event loop, apart from the responder.
 */
final class IntroServerConnection extends ChannelInboundHandlerAdapter {
    private static final System.Logger LOG = System.getLogger(IntroServerConnection.class.getName());

    private final LinkSession session;
    private final IntroResponder responder;
    private final IntroMessage request = new IntroMessage();
    private boolean answering;

    IntroServerConnection(LinkSession session, IntroResponder responder) {
        this.session = session;
        this.responder = responder;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (answering) {
            ctx.close();
            return;
        }
        List<byte[]> blocks;
        try {
            if (!(session.open((byte[]) msg) instanceof LinkFrame.IntroPart part)) {
                ctx.close();
                return;
            }
            blocks = request.add(part);
        } catch (NoiseException | MalformedLinkFrameException e) {
            ctx.close();
            return;
        }
        if (blocks != null) {
            answering = true;
            ctx.channel().config().setAutoRead(false);
            LinkThreads.callbacks().execute(() -> respond(ctx, blocks));
        }
    }

    private void respond(ChannelHandlerContext ctx, List<byte[]> blocks) {
        List<LinkFrame.IntroPart> answer;
        try {
            answer = IntroMessage.split(responder.respond(blocks));
        } catch (PliException e) {
            LOG.log(Level.INFO, "LAN introduction refused: " + e.getMessage());
            ctx.close();
            return;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "LAN introduction responder failed: " + e.getClass().getSimpleName());
            ctx.close();
            return;
        }
        ctx.executor().execute(() -> {
            if (!ctx.channel().isActive()) {
                return;
            }
            ChannelFuture written = null;
            for (LinkFrame.IntroPart part : answer) {
                written = ctx.write(session.seal(part, ctx.alloc()));
            }
            ctx.flush();
            written.addListener(ChannelFutureListener.CLOSE);
        });
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object event) {
        if (event == LinkMessageDecoder.BadLength.INSTANCE) {
            ctx.close();
        } else {
            ctx.fireUserEventTriggered(event);
        }
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        session.destroy();
        ctx.fireChannelInactive();
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        LOG.log(Level.DEBUG, "LAN introduction connection failed: " + cause.getClass().getSimpleName());
        ctx.close();
    }
}
