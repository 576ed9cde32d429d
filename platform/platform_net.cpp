// Readiness (poll/epoll) and sockets for platform/platform.h: POSIX natively, with two
// Emscripten adaptations, and ENOSYS stubs on WASI.
//
// Emscripten (3.1.6, NODERAWFS) has pipes, poll() and select(), but no socketpair() (ENOSYS)
// and its poll()/select() never block. So on Emscripten:
//  - socketPair() makes two pipes and hands out their read ends as the two "sockets"; the
//    write end belonging to each read end is kept in a process-wide table (emulated kernel
//    state, like the fd table itself). socketSend() writes to the partner, closeSocket() and
//    shutdown(SHUT_WR) close it, and the peer then reads end of file as with a real socket
//    (tracked in the table too: Emscripten's pipes never report end of file themselves).
//    pollFds() reports such a socket writable while its write end is open (the pipes are
//    unbounded) and readable once its peer has stopped writing.
//  - pollFds() polls without waiting and, if nothing is ready, sleeps out the timeout and
//    polls once more: a single-threaded program cannot make its own fds ready while it waits.
#include "platform/platform.h"

#include <cerrno>
#include <cstring>
#include <string>
#include <vector>

#if !defined(__wasi__)
#include <arpa/inet.h>
#include <fcntl.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>
#endif

#if defined(__linux__) && !defined(__EMSCRIPTEN__)
#include <sys/epoll.h>
#define KRAIT_HAVE_EPOLL 1
#endif

#if defined(__EMSCRIPTEN__)
#include <mutex>
#include <unordered_map>
#endif

namespace krait::platform {

#if defined(__wasi__)

// ---- WASI: no sockets, pipes or blocking readiness ----
const NamedConstant* pollConstants() {
    static const NamedConstant k[] = {{nullptr, 0}};
    return k;
}
int pollFds(PollFd*, size_t, int, int* err) { *err = ENOSYS; return -1; }
bool epollAvailable() { return false; }
const NamedConstant* epollConstants() { return pollConstants(); }
int epollCreate(int* err) { *err = ENOSYS; return -1; }
bool epollControl(int, int, int, uint32_t, int* err) { *err = ENOSYS; return false; }
int epollWait(int, EpollEvent*, int, int, int* err) { *err = ENOSYS; return -1; }
const NamedConstant* socketConstants() { return pollConstants(); }
int socketCreate(int, int, int, int* err) { *err = ENOSYS; return -1; }
bool socketPair(int, int, int, int*, int* err) { *err = ENOSYS; return false; }
bool closeSocket(int fd, int* err) { return closeFd(fd, err); }
int64_t socketSend(int, const void*, size_t, int, int* err) { *err = ENOSYS; return -1; }
int64_t socketRecv(int, void*, size_t, int, int* err) { *err = ENOSYS; return -1; }
int64_t socketSendTo(int, const void*, size_t, int, const SocketAddress&, int* err) {
    *err = ENOSYS;
    return -1;
}
int64_t socketRecvFrom(int, void*, size_t, int, SocketAddress*, int* err) {
    *err = ENOSYS;
    return -1;
}
bool setNonBlocking(int, bool, int* err) { *err = ENOSYS; return false; }
bool isNonBlocking(int, bool*, int* err) { *err = ENOSYS; return false; }
int waitFd(int, bool, double, int* err) { *err = ENOSYS; return -1; }
bool socketBind(int, const SocketAddress&, int* err) { *err = ENOSYS; return false; }
bool socketListen(int, int, int* err) { *err = ENOSYS; return false; }
int socketAccept(int, SocketAddress*, int* err) { *err = ENOSYS; return -1; }
bool socketConnect(int, const SocketAddress&, int* err) { *err = ENOSYS; return false; }
bool socketName(int, SocketAddress*, int* err) { *err = ENOSYS; return false; }
bool peerName(int, SocketAddress*, int* err) { *err = ENOSYS; return false; }
bool socketShutdown(int, int, int* err) { *err = ENOSYS; return false; }
bool getSocketOption(int, int, int, int*, int* err) { *err = ENOSYS; return false; }
bool getSocketOptionBytes(int, int, int, size_t, std::string*, int* err) {
    *err = ENOSYS;
    return false;
}
bool setSocketOption(int, int, int, const void*, size_t, int* err) { *err = ENOSYS; return false; }
bool socketKind(int, int*, int*, int*, int* err) { *err = ENOSYS; return false; }
bool hostName(std::string* out, int*) { *out = "localhost"; return true; }
bool addressToBinary(int, const std::string&, std::string*) { return false; }
bool addressToText(int, const std::string&, std::string*) { return false; }
int resolveAddress(const char*, const char*, int, int, int, int, std::vector<AddressInfo>*,
                   int* err) {
    *err = ENOSYS;
    return -11;   // EAI_SYSTEM
}
std::string resolveErrorString(int) { return "name resolution is not available"; }

#else

namespace {

#if defined(__EMSCRIPTEN__)
// Emulated socket pairs, by read end: the write end this socket sends into (-2 once shut
// down), the peer socket's read end, and whether the peer has stopped writing. Emscripten's
// pipes never report end of file (an empty pipe reads EAGAIN even with its writer closed),
// so the eof flag is what turns that into b'' and into readability for poll.
struct PipeEnd {
    int writeFd;
    int peer;
    bool eof;
};
struct PipePairs {
    std::mutex lock;
    std::unordered_map<int, PipeEnd> ends;
};
PipePairs& pipePairs() {
    static PipePairs* p = new PipePairs();
    return *p;
}
// The hidden write end of an emulated socket: -1 for a real socket, -2 once its writing side
// has been shut down.
int partnerOf(int fd) {
    PipePairs& p = pipePairs();
    std::lock_guard<std::mutex> g(p.lock);
    auto it = p.ends.find(fd);
    return it == p.ends.end() ? -1 : it->second.writeFd;
}
bool peerStoppedWriting(int fd) {
    PipePairs& p = pipePairs();
    std::lock_guard<std::mutex> g(p.lock);
    auto it = p.ends.find(fd);
    return it != p.ends.end() && it->second.eof;
}
// Closes the write end of fd (caller holds the lock) and tells its peer.
void stopWriting(PipePairs& p, PipeEnd& e) {
    if (e.writeFd >= 0) ::close(e.writeFd);
    e.writeFd = -2;
    auto peer = p.ends.find(e.peer);
    if (peer != p.ends.end()) peer->second.eof = true;
}
// Readiness that Emscripten's poll() cannot see for emulated sockets: writable while the
// write end is open (its pipes are unbounded), readable once the peer stopped writing.
int adjustEmulated(pollfd* fds, size_t n) {
    PipePairs& p = pipePairs();
    std::lock_guard<std::mutex> g(p.lock);
    int count = 0;
    for (size_t i = 0; i < n; i++) {
        auto it = p.ends.find(fds[i].fd);
        if (it != p.ends.end()) {
            if ((fds[i].events & POLLOUT) && it->second.writeFd >= 0) fds[i].revents |= POLLOUT;
            if ((fds[i].events & POLLIN) && it->second.eof) fds[i].revents |= POLLIN;
        }
        if (fds[i].revents) count++;
    }
    return count;
}
#else
int partnerOf(int) { return -1; }
bool peerStoppedWriting(int) { return false; }
#endif

bool toSockaddr(const SocketAddress& a, sockaddr_storage* ss, socklen_t* len, int* err) {
    std::memset(ss, 0, sizeof *ss);
    if (a.family == AF_INET) {
        auto* sin = reinterpret_cast<sockaddr_in*>(ss);
        sin->sin_family = AF_INET;
        sin->sin_port = htons(static_cast<uint16_t>(a.port));
        if (::inet_pton(AF_INET, a.host.c_str(), &sin->sin_addr) != 1) {
            *err = EINVAL;
            return false;
        }
        *len = sizeof *sin;
        return true;
    }
    if (a.family == AF_INET6) {
        auto* sin6 = reinterpret_cast<sockaddr_in6*>(ss);
        sin6->sin6_family = AF_INET6;
        sin6->sin6_port = htons(static_cast<uint16_t>(a.port));
        sin6->sin6_flowinfo = htonl(a.flowInfo);
        sin6->sin6_scope_id = a.scopeId;
        if (::inet_pton(AF_INET6, a.host.c_str(), &sin6->sin6_addr) != 1) {
            *err = EINVAL;
            return false;
        }
        *len = sizeof *sin6;
        return true;
    }
    if (a.family == AF_UNIX) {
        auto* un = reinterpret_cast<sockaddr_un*>(ss);
        un->sun_family = AF_UNIX;
        if (a.path.size() >= sizeof un->sun_path) {
            *err = ENAMETOOLONG;
            return false;
        }
        std::memcpy(un->sun_path, a.path.data(), a.path.size());
        *len = static_cast<socklen_t>(offsetof(sockaddr_un, sun_path) + a.path.size() +
                                      (a.path.empty() || a.path[0] != '\0' ? 1 : 0));
        return true;
    }
    *err = EAFNOSUPPORT;
    return false;
}

void fromSockaddr(const sockaddr* sa, socklen_t len, SocketAddress* out) {
    *out = SocketAddress();
    out->family = sa->sa_family;
    char text[INET6_ADDRSTRLEN + 1] = {0};
    if (sa->sa_family == AF_INET) {
        auto* sin = reinterpret_cast<const sockaddr_in*>(sa);
        ::inet_ntop(AF_INET, &sin->sin_addr, text, sizeof text);
        out->host = text;
        out->port = ntohs(sin->sin_port);
    } else if (sa->sa_family == AF_INET6) {
        auto* sin6 = reinterpret_cast<const sockaddr_in6*>(sa);
        ::inet_ntop(AF_INET6, &sin6->sin6_addr, text, sizeof text);
        out->host = text;
        out->port = ntohs(sin6->sin6_port);
        out->flowInfo = ntohl(sin6->sin6_flowinfo);
        out->scopeId = sin6->sin6_scope_id;
    } else if (sa->sa_family == AF_UNIX) {
        auto* un = reinterpret_cast<const sockaddr_un*>(sa);
        size_t off = offsetof(sockaddr_un, sun_path);
        size_t n = len > off ? static_cast<size_t>(len) - off : 0;
        if (n > sizeof un->sun_path) n = sizeof un->sun_path;
        if (n > 0 && un->sun_path[0] != '\0') n = ::strnlen(un->sun_path, n);
        out->path.assign(un->sun_path, n);
    }
}

}  // namespace

const NamedConstant* pollConstants() {
    static const NamedConstant k[] = {
        {"POLLIN", POLLIN},       {"POLLPRI", POLLPRI},   {"POLLOUT", POLLOUT},
        {"POLLERR", POLLERR},     {"POLLHUP", POLLHUP},   {"POLLNVAL", POLLNVAL},
#ifdef POLLRDNORM
        {"POLLRDNORM", POLLRDNORM}, {"POLLRDBAND", POLLRDBAND},
        {"POLLWRNORM", POLLWRNORM}, {"POLLWRBAND", POLLWRBAND},
#endif
#ifdef POLLMSG
        {"POLLMSG", POLLMSG},
#endif
#ifdef POLLRDHUP
        {"POLLRDHUP", POLLRDHUP},
#endif
        {nullptr, 0},
    };
    return k;
}

int pollFds(PollFd* fds, size_t n, int timeoutMs, int* err) {
    std::vector<pollfd> p(n);
    for (size_t i = 0; i < n; i++) {
        p[i].fd = fds[i].fd;
        p[i].events = fds[i].events;
        p[i].revents = 0;
    }
#if defined(__EMSCRIPTEN__)
    // poll() here never waits: poll, then sleep out the timeout in small steps.
    double deadline = monotonicTime() + (timeoutMs < 0 ? 0.0 : timeoutMs / 1000.0);
    int r;
    for (;;) {
        r = ::poll(p.data(), static_cast<nfds_t>(n), 0);
        if (r >= 0) r = adjustEmulated(p.data(), n);
        if (r != 0 || timeoutMs == 0) break;
        double left = deadline - monotonicTime();
        if (timeoutMs > 0 && left <= 0) break;
        // Interrupted sleeps return to the caller (it checks for Ctrl-C), as poll() would.
        if (!sleepSeconds(timeoutMs < 0 || left > 0.01 ? 0.01 : left)) {
            *err = EINTR;
            return -1;
        }
        if (timeoutMs < 0) continue;
    }
#else
    int r = ::poll(p.data(), static_cast<nfds_t>(n), timeoutMs);
#endif
    if (r < 0) {
        *err = errno;
        return -1;
    }
    for (size_t i = 0; i < n; i++) fds[i].revents = p[i].revents;
    return r;
}

#if defined(KRAIT_HAVE_EPOLL)
bool epollAvailable() { return true; }
const NamedConstant* epollConstants() {
    static const NamedConstant k[] = {
        {"EPOLLIN", EPOLLIN},         {"EPOLLOUT", EPOLLOUT},     {"EPOLLPRI", EPOLLPRI},
        {"EPOLLERR", EPOLLERR},       {"EPOLLHUP", EPOLLHUP},     {"EPOLLET", EPOLLET},
        {"EPOLLONESHOT", EPOLLONESHOT}, {"EPOLLEXCLUSIVE", EPOLLEXCLUSIVE},
        {"EPOLLRDHUP", EPOLLRDHUP},   {"EPOLLRDNORM", EPOLLRDNORM}, {"EPOLLRDBAND", EPOLLRDBAND},
        {"EPOLLWRNORM", EPOLLWRNORM}, {"EPOLLWRBAND", EPOLLWRBAND}, {"EPOLLMSG", EPOLLMSG},
        {"EPOLL_CLOEXEC", EPOLL_CLOEXEC},
        {nullptr, 0},
    };
    return k;
}
int epollCreate(int* err) {
    int fd = ::epoll_create1(EPOLL_CLOEXEC);
    if (fd < 0) *err = errno;
    return fd;
}
bool epollControl(int epfd, int op, int fd, uint32_t events, int* err) {
    epoll_event ev;
    std::memset(&ev, 0, sizeof ev);
    ev.events = events;
    ev.data.fd = fd;
    if (::epoll_ctl(epfd, op, fd, &ev) < 0) {
        *err = errno;
        return false;
    }
    return true;
}
int epollWait(int epfd, EpollEvent* out, int maxEvents, int timeoutMs, int* err) {
    std::vector<epoll_event> evs(static_cast<size_t>(maxEvents > 0 ? maxEvents : 1));
    int r = ::epoll_wait(epfd, evs.data(), maxEvents, timeoutMs);
    if (r < 0) {
        *err = errno;
        return -1;
    }
    for (int i = 0; i < r; i++) {
        out[i].fd = evs[static_cast<size_t>(i)].data.fd;
        out[i].events = evs[static_cast<size_t>(i)].events;
    }
    return r;
}
#else
bool epollAvailable() { return false; }
const NamedConstant* epollConstants() {
    static const NamedConstant k[] = {{nullptr, 0}};
    return k;
}
int epollCreate(int* err) { *err = ENOSYS; return -1; }
bool epollControl(int, int, int, uint32_t, int* err) { *err = ENOSYS; return false; }
int epollWait(int, EpollEvent*, int, int, int* err) { *err = ENOSYS; return -1; }
#endif

const NamedConstant* socketConstants() {
    static const NamedConstant k[] = {
        {"AF_UNSPEC", AF_UNSPEC},   {"AF_INET", AF_INET},     {"AF_INET6", AF_INET6},
        {"AF_UNIX", AF_UNIX},
        {"SOCK_STREAM", SOCK_STREAM}, {"SOCK_DGRAM", SOCK_DGRAM}, {"SOCK_RAW", SOCK_RAW},
        {"SOCK_SEQPACKET", SOCK_SEQPACKET},
#ifdef SOCK_RDM
        {"SOCK_RDM", SOCK_RDM},
#endif
#ifdef SOCK_NONBLOCK
        {"SOCK_NONBLOCK", SOCK_NONBLOCK}, {"SOCK_CLOEXEC", SOCK_CLOEXEC},
#endif
        {"SOL_SOCKET", SOL_SOCKET},  {"SOMAXCONN", SOMAXCONN},
        {"SO_REUSEADDR", SO_REUSEADDR}, {"SO_KEEPALIVE", SO_KEEPALIVE}, {"SO_BROADCAST", SO_BROADCAST},
        {"SO_LINGER", SO_LINGER},    {"SO_SNDBUF", SO_SNDBUF},  {"SO_RCVBUF", SO_RCVBUF},
        {"SO_ERROR", SO_ERROR},      {"SO_TYPE", SO_TYPE},      {"SO_RCVLOWAT", SO_RCVLOWAT},
        {"SO_SNDLOWAT", SO_SNDLOWAT}, {"SO_RCVTIMEO", SO_RCVTIMEO}, {"SO_SNDTIMEO", SO_SNDTIMEO},
        {"SO_OOBINLINE", SO_OOBINLINE}, {"SO_DONTROUTE", SO_DONTROUTE},
        {"SO_ACCEPTCONN", SO_ACCEPTCONN},
#ifdef SO_REUSEPORT
        {"SO_REUSEPORT", SO_REUSEPORT},
#endif
#ifdef SO_DOMAIN
        {"SO_DOMAIN", SO_DOMAIN},    {"SO_PROTOCOL", SO_PROTOCOL},
#endif
        {"IPPROTO_IP", IPPROTO_IP},  {"IPPROTO_TCP", IPPROTO_TCP}, {"IPPROTO_UDP", IPPROTO_UDP},
        {"IPPROTO_IPV6", IPPROTO_IPV6}, {"IPPROTO_ICMP", IPPROTO_ICMP}, {"IPPROTO_RAW", IPPROTO_RAW},
        {"IPV6_V6ONLY", IPV6_V6ONLY}, {"IP_TOS", IP_TOS},       {"IP_TTL", IP_TTL},
        {"TCP_NODELAY", TCP_NODELAY},
#ifdef TCP_KEEPIDLE
        {"TCP_KEEPIDLE", TCP_KEEPIDLE}, {"TCP_KEEPINTVL", TCP_KEEPINTVL},
        {"TCP_KEEPCNT", TCP_KEEPCNT},
#endif
        {"INADDR_ANY", static_cast<int64_t>(INADDR_ANY)},
        {"INADDR_BROADCAST", static_cast<int64_t>(INADDR_BROADCAST)},
        {"INADDR_LOOPBACK", static_cast<int64_t>(INADDR_LOOPBACK)},
        {"INADDR_NONE", static_cast<int64_t>(INADDR_NONE)},
        {"MSG_OOB", MSG_OOB},        {"MSG_PEEK", MSG_PEEK},    {"MSG_DONTROUTE", MSG_DONTROUTE},
        {"MSG_WAITALL", MSG_WAITALL}, {"MSG_DONTWAIT", MSG_DONTWAIT}, {"MSG_TRUNC", MSG_TRUNC},
        {"MSG_CTRUNC", MSG_CTRUNC},  {"MSG_EOR", MSG_EOR},
#ifdef MSG_NOSIGNAL
        {"MSG_NOSIGNAL", MSG_NOSIGNAL},
#endif
        {"SHUT_RD", SHUT_RD},        {"SHUT_WR", SHUT_WR},      {"SHUT_RDWR", SHUT_RDWR},
        {"AI_PASSIVE", AI_PASSIVE},  {"AI_CANONNAME", AI_CANONNAME},
        {"AI_NUMERICHOST", AI_NUMERICHOST}, {"AI_NUMERICSERV", AI_NUMERICSERV},
        {"AI_V4MAPPED", AI_V4MAPPED}, {"AI_ALL", AI_ALL},       {"AI_ADDRCONFIG", AI_ADDRCONFIG},
        {"NI_NUMERICHOST", NI_NUMERICHOST}, {"NI_NUMERICSERV", NI_NUMERICSERV},
        {"NI_NOFQDN", NI_NOFQDN},    {"NI_NAMEREQD", NI_NAMEREQD}, {"NI_DGRAM", NI_DGRAM},
        {"NI_MAXHOST", 1025},        {"NI_MAXSERV", 32},
        {"EAI_AGAIN", EAI_AGAIN},    {"EAI_BADFLAGS", EAI_BADFLAGS}, {"EAI_FAIL", EAI_FAIL},
        {"EAI_FAMILY", EAI_FAMILY},  {"EAI_MEMORY", EAI_MEMORY}, {"EAI_NONAME", EAI_NONAME},
        {"EAI_SERVICE", EAI_SERVICE}, {"EAI_SOCKTYPE", EAI_SOCKTYPE},
#ifdef EAI_SYSTEM
        {"EAI_SYSTEM", EAI_SYSTEM},
#endif
#ifdef EAI_OVERFLOW
        {"EAI_OVERFLOW", EAI_OVERFLOW},
#endif
        {nullptr, 0},
    };
    return k;
}

int socketCreate(int family, int type, int proto, int* err) {
    int fd = ::socket(family, type, proto);
    if (fd < 0) *err = errno;
    return fd;
}

bool socketPair(int family, int type, int proto, int fds[2], int* err) {
#if defined(__EMSCRIPTEN__)
    (void)family;
    (void)type;
    (void)proto;
    int a[2], b[2];
    if (::pipe(a) < 0) {
        *err = errno;
        return false;
    }
    if (::pipe(b) < 0) {
        *err = errno;
        ::close(a[0]);
        ::close(a[1]);
        return false;
    }
    // Socket 0 reads b and writes a; socket 1 reads a and writes b.
    fds[0] = b[0];
    fds[1] = a[0];
    PipePairs& p = pipePairs();
    std::lock_guard<std::mutex> g(p.lock);
    p.ends[b[0]] = PipeEnd{a[1], a[0], false};
    p.ends[a[0]] = PipeEnd{b[1], b[0], false};
    return true;
#else
    if (::socketpair(family, type, proto, fds) < 0) {
        *err = errno;
        return false;
    }
    return true;
#endif
}

bool closeSocket(int fd, int* err) {
#if defined(__EMSCRIPTEN__)
    {
        PipePairs& p = pipePairs();
        std::lock_guard<std::mutex> g(p.lock);
        auto it = p.ends.find(fd);
        if (it != p.ends.end()) {
            stopWriting(p, it->second);
            p.ends.erase(it);
        }
    }
#endif
    if (::close(fd) < 0) {
        *err = errno;
        return false;
    }
    return true;
}

int64_t socketSend(int fd, const void* data, size_t n, int flags, int* err) {
    int partner = partnerOf(fd);
    ssize_t r;
    if (partner == -2) {
        *err = EPIPE;
        return -1;
    }
    if (partner >= 0) {
        r = ::write(partner, data, n);
    } else {
#ifdef MSG_NOSIGNAL
        flags |= MSG_NOSIGNAL;   // EPIPE instead of a SIGPIPE that would end the process
#endif
        r = ::send(fd, data, n, flags);
    }
    if (r < 0) *err = errno;
    return r;
}

int64_t socketRecv(int fd, void* buf, size_t n, int flags, int* err) {
    ssize_t r = partnerOf(fd) != -1 ? ::read(fd, buf, n) : ::recv(fd, buf, n, flags);
    if (r < 0) {
        if (errno == EAGAIN && peerStoppedWriting(fd)) return 0;   // emulated pair: end of file
        *err = errno;
    }
    return r;
}

int64_t socketSendTo(int fd, const void* data, size_t n, int flags, const SocketAddress& to,
                     int* err) {
    sockaddr_storage ss;
    socklen_t len;
    if (!toSockaddr(to, &ss, &len, err)) return -1;
    ssize_t r = ::sendto(fd, data, n, flags, reinterpret_cast<sockaddr*>(&ss), len);
    if (r < 0) *err = errno;
    return r;
}

int64_t socketRecvFrom(int fd, void* buf, size_t n, int flags, SocketAddress* from, int* err) {
    sockaddr_storage ss;
    std::memset(&ss, 0, sizeof ss);
    socklen_t len = sizeof ss;
    ssize_t r;
    if (partnerOf(fd) != -1) {
        r = ::read(fd, buf, n);
        if (r < 0 && errno == EAGAIN && peerStoppedWriting(fd)) r = 0;
        len = 0;
        ss.ss_family = AF_UNIX;
    } else {
        r = ::recvfrom(fd, buf, n, flags, reinterpret_cast<sockaddr*>(&ss), &len);
    }
    if (r < 0) {
        *err = errno;
        return -1;
    }
    fromSockaddr(reinterpret_cast<sockaddr*>(&ss), len, from);
    return r;
}

namespace {
bool setFdNonBlocking(int fd, bool on, int* err) {
    int fl = ::fcntl(fd, F_GETFL);
    if (fl < 0) {
        *err = errno;
        return false;
    }
    int nfl = on ? (fl | O_NONBLOCK) : (fl & ~O_NONBLOCK);
    if (nfl != fl && ::fcntl(fd, F_SETFL, nfl) < 0) {
        *err = errno;
        return false;
    }
    return true;
}
}  // namespace

bool setNonBlocking(int fd, bool nonBlocking, int* err) {
    if (!setFdNonBlocking(fd, nonBlocking, err)) return false;
    int partner = partnerOf(fd);
    return partner < 0 || setFdNonBlocking(partner, nonBlocking, err);
}

bool isNonBlocking(int fd, bool* nonBlocking, int* err) {
    int fl = ::fcntl(fd, F_GETFL);
    if (fl < 0) {
        *err = errno;
        return false;
    }
    *nonBlocking = (fl & O_NONBLOCK) != 0;
    return true;
}

int waitFd(int fd, bool forWrite, double timeout, int* err) {
    PollFd p{fd, static_cast<short>(forWrite ? POLLOUT : POLLIN), 0};
    int ms = timeout < 0 ? -1 : static_cast<int>(timeout * 1000.0 + 0.999);
    int r = pollFds(&p, 1, ms, err);
    if (r < 0) return -1;
    return r > 0 ? 1 : 0;
}

bool socketBind(int fd, const SocketAddress& addr, int* err) {
    sockaddr_storage ss;
    socklen_t len;
    if (!toSockaddr(addr, &ss, &len, err)) return false;
    if (::bind(fd, reinterpret_cast<sockaddr*>(&ss), len) < 0) {
        *err = errno;
        return false;
    }
    return true;
}

bool socketListen(int fd, int backlog, int* err) {
    if (::listen(fd, backlog) < 0) {
        *err = errno;
        return false;
    }
    return true;
}

int socketAccept(int fd, SocketAddress* peer, int* err) {
    sockaddr_storage ss;
    std::memset(&ss, 0, sizeof ss);
    socklen_t len = sizeof ss;
    int r = ::accept(fd, reinterpret_cast<sockaddr*>(&ss), &len);
    if (r < 0) {
        *err = errno;
        return -1;
    }
    fromSockaddr(reinterpret_cast<sockaddr*>(&ss), len, peer);
    return r;
}

bool socketConnect(int fd, const SocketAddress& addr, int* err) {
    sockaddr_storage ss;
    socklen_t len;
    if (!toSockaddr(addr, &ss, &len, err)) return false;
    if (::connect(fd, reinterpret_cast<sockaddr*>(&ss), len) < 0) {
        *err = errno;
        return false;
    }
    return true;
}

bool socketName(int fd, SocketAddress* out, int* err) {
    if (partnerOf(fd) != -1) {
        *out = SocketAddress();
        out->family = AF_UNIX;
        return true;
    }
    sockaddr_storage ss;
    std::memset(&ss, 0, sizeof ss);
    socklen_t len = sizeof ss;
    if (::getsockname(fd, reinterpret_cast<sockaddr*>(&ss), &len) < 0) {
        *err = errno;
        return false;
    }
    fromSockaddr(reinterpret_cast<sockaddr*>(&ss), len, out);
    return true;
}

bool peerName(int fd, SocketAddress* out, int* err) {
    if (partnerOf(fd) != -1) {
        *out = SocketAddress();
        out->family = AF_UNIX;
        return true;
    }
    sockaddr_storage ss;
    std::memset(&ss, 0, sizeof ss);
    socklen_t len = sizeof ss;
    if (::getpeername(fd, reinterpret_cast<sockaddr*>(&ss), &len) < 0) {
        *err = errno;
        return false;
    }
    fromSockaddr(reinterpret_cast<sockaddr*>(&ss), len, out);
    return true;
}

bool socketShutdown(int fd, int how, int* err) {
#if defined(__EMSCRIPTEN__)
    if (partnerOf(fd) != -1) {
        // Closing the hidden write end gives the peer end of file, as shutdown(SHUT_WR) does.
        if (how == SHUT_WR || how == SHUT_RDWR) {
            PipePairs& p = pipePairs();
            std::lock_guard<std::mutex> g(p.lock);
            auto it = p.ends.find(fd);
            if (it != p.ends.end()) stopWriting(p, it->second);   // later sends: EPIPE
        }
        return true;
    }
#endif
    if (::shutdown(fd, how) < 0) {
        *err = errno;
        return false;
    }
    return true;
}

bool getSocketOption(int fd, int level, int name, int* value, int* err) {
    if (partnerOf(fd) != -1 && level == SOL_SOCKET) {
        if (name == SO_TYPE) {
            *value = SOCK_STREAM;
            return true;
        }
        if (name == SO_ERROR) {
            *value = 0;
            return true;
        }
    }
    socklen_t len = sizeof *value;
    if (::getsockopt(fd, level, name, value, &len) < 0) {
        *err = errno;
        return false;
    }
    return true;
}

bool getSocketOptionBytes(int fd, int level, int name, size_t size, std::string* out, int* err) {
    out->assign(size, '\0');
    socklen_t len = static_cast<socklen_t>(size);
    if (::getsockopt(fd, level, name, out->data(), &len) < 0) {
        *err = errno;
        return false;
    }
    out->resize(len);
    return true;
}

bool setSocketOption(int fd, int level, int name, const void* value, size_t size, int* err) {
    if (partnerOf(fd) != -1) return true;   // options have no effect on an emulated pair
    if (::setsockopt(fd, level, name, value, static_cast<socklen_t>(size)) < 0) {
        *err = errno;
        return false;
    }
    return true;
}

bool socketKind(int fd, int* family, int* type, int* proto, int* err) {
    if (partnerOf(fd) != -1) {
        *family = AF_UNIX;
        *type = SOCK_STREAM;
        *proto = 0;
        return true;
    }
    socklen_t len = sizeof(int);
#ifdef SO_DOMAIN
    if (::getsockopt(fd, SOL_SOCKET, SO_DOMAIN, family, &len) < 0) {
        *err = errno;
        return false;
    }
#else
    SocketAddress a;
    if (!socketName(fd, &a, err)) return false;
    *family = a.family;
#endif
    len = sizeof(int);
    if (::getsockopt(fd, SOL_SOCKET, SO_TYPE, type, &len) < 0) {
        *err = errno;
        return false;
    }
    *proto = 0;
#ifdef SO_PROTOCOL
    len = sizeof(int);
    if (::getsockopt(fd, SOL_SOCKET, SO_PROTOCOL, proto, &len) < 0) *proto = 0;
#endif
    return true;
}

bool hostName(std::string* out, int* err) {
    char buf[1024];
    if (::gethostname(buf, sizeof buf - 1) < 0) {
        *err = errno;
        return false;
    }
    buf[sizeof buf - 1] = '\0';
    *out = buf;
    return true;
}

bool addressToBinary(int family, const std::string& text, std::string* out) {
    unsigned char buf[sizeof(in6_addr)];
    if (family != AF_INET && family != AF_INET6) return false;
    if (::inet_pton(family, text.c_str(), buf) != 1) return false;
    out->assign(reinterpret_cast<char*>(buf), family == AF_INET ? 4 : 16);
    return true;
}

bool addressToText(int family, const std::string& bin, std::string* out) {
    char text[INET6_ADDRSTRLEN + 1] = {0};
    if ((family == AF_INET && bin.size() != 4) || (family == AF_INET6 && bin.size() != 16))
        return false;
    if (family != AF_INET && family != AF_INET6) return false;
    if (!::inet_ntop(family, bin.data(), text, sizeof text)) return false;
    *out = text;
    return true;
}

int resolveAddress(const char* host, const char* port, int family, int type, int proto, int flags,
                   std::vector<AddressInfo>* out, int* err) {
    addrinfo hints;
    std::memset(&hints, 0, sizeof hints);
    hints.ai_family = family;
    hints.ai_socktype = type;
    hints.ai_protocol = proto;
    hints.ai_flags = flags;
    addrinfo* res = nullptr;
    int r = ::getaddrinfo(host, port, &hints, &res);
    if (r != 0) {
        *err = errno;
        return r;
    }
    for (addrinfo* a = res; a; a = a->ai_next) {
        AddressInfo info;
        info.family = a->ai_family;
        info.type = a->ai_socktype;
        info.proto = a->ai_protocol;
        if (a->ai_canonname) info.canonName = a->ai_canonname;
        fromSockaddr(a->ai_addr, a->ai_addrlen, &info.addr);
        out->push_back(info);
    }
    ::freeaddrinfo(res);
    return 0;
}

std::string resolveErrorString(int code) {
    const char* s = ::gai_strerror(code);
    return s ? s : "Unknown error";
}

#endif   // !__wasi__

}  // namespace krait::platform
