# A chess move generator (attribute-heavy OO code): a 10x12 mailbox board of Piece objects,
# Move objects, make/unmake, attack detection and perft counts. No castling or en passant (the
# start-position perft counts to depth 4 are still exact: 20, 400, 8902, 197281).
import sys

WHITE, BLACK = 0, 1
PAWN, KNIGHT, BISHOP, ROOK, QUEEN, KING = range(6)
LETTERS = "pnbrqk"
N, S, E, W = -10, 10, 1, -1
KNIGHT_STEPS = (N + N + E, N + N + W, S + S + E, S + S + W, E + E + N, E + E + S, W + W + N,
                W + W + S)
DIAG = (N + E, N + W, S + E, S + W)
ORTHO = (N, S, E, W)
ALL_DIRS = DIAG + ORTHO


class Piece:
    __slots__ = ("color", "kind", "moves")

    def __init__(self, color, kind):
        self.color = color
        self.kind = kind
        self.moves = 0

    def symbol(self):
        c = LETTERS[self.kind]
        return c.upper() if self.color == WHITE else c


class Move:
    def __init__(self, src, dst, piece, captured=None, promotion=None):
        self.src = src
        self.dst = dst
        self.piece = piece
        self.captured = captured
        self.promotion = promotion
        self.old_kind = piece.kind


class Board:
    OFF = object()

    def __init__(self, fen):
        self.squares = [Board.OFF] * 120
        for rank in range(8):
            for file in range(8):
                self.squares[21 + rank * 10 + file] = None
        self.kings = [0, 0]
        placement, side = fen.split()[:2]
        for r, row in enumerate(placement.split("/")):
            f = 0
            for ch in row:
                if ch.isdigit():
                    f += int(ch)
                    continue
                color = WHITE if ch.isupper() else BLACK
                kind = LETTERS.index(ch.lower())
                sq = 21 + r * 10 + f
                self.squares[sq] = Piece(color, kind)
                if kind == KING:
                    self.kings[color] = sq
                f += 1
        self.side = WHITE if side == "w" else BLACK
        self.nodes = 0

    def pseudo_moves(self):
        moves = []
        squares = self.squares
        side = self.side
        off = Board.OFF
        for sq in range(21, 99):
            p = squares[sq]
            if p is None or p is off or p.color != side:
                continue
            kind = p.kind
            if kind == PAWN:
                fwd = N if side == WHITE else S
                one = sq + fwd
                last_rank = one < 31 if side == WHITE else one > 88
                if squares[one] is None:
                    if last_rank:
                        for promo in (QUEEN, ROOK, BISHOP, KNIGHT):
                            moves.append(Move(sq, one, p, None, promo))
                    else:
                        moves.append(Move(sq, one, p))
                        start_rank = 81 <= sq <= 88 if side == WHITE else 31 <= sq <= 38
                        if start_rank and squares[one + fwd] is None:
                            moves.append(Move(sq, one + fwd, p))
                for cap in (one + E, one + W):
                    t = squares[cap]
                    if t is not None and t is not off and t.color != side:
                        if last_rank:
                            for promo in (QUEEN, ROOK, BISHOP, KNIGHT):
                                moves.append(Move(sq, cap, p, t, promo))
                        else:
                            moves.append(Move(sq, cap, p, t))
            elif kind == KNIGHT or kind == KING:
                for step in (KNIGHT_STEPS if kind == KNIGHT else ALL_DIRS):
                    t = squares[sq + step]
                    if t is None:
                        moves.append(Move(sq, sq + step, p))
                    elif t is not off and t.color != side:
                        moves.append(Move(sq, sq + step, p, t))
            else:
                dirs = DIAG if kind == BISHOP else ORTHO if kind == ROOK else ALL_DIRS
                for d in dirs:
                    to = sq + d
                    while True:
                        t = squares[to]
                        if t is None:
                            moves.append(Move(sq, to, p))
                        else:
                            if t is not off and t.color != side:
                                moves.append(Move(sq, to, p, t))
                            break
                        to += d
        return moves

    def attacked(self, sq, by):
        squares = self.squares
        off = Board.OFF
        for step in KNIGHT_STEPS:
            t = squares[sq + step]
            if t is not None and t is not off and t.color == by and t.kind == KNIGHT:
                return True
        for d in ALL_DIRS:
            to = sq + d
            dist = 1
            diagonal = d in DIAG
            while True:
                t = squares[to]
                if t is None:
                    to += d
                    dist += 1
                    continue
                if t is not off and t.color == by:
                    k = t.kind
                    if k == QUEEN or (k == BISHOP and diagonal) or (k == ROOK and not diagonal):
                        return True
                    if dist == 1:
                        if k == KING:
                            return True
                        if k == PAWN and diagonal:
                            if (by == WHITE and d in (S + E, S + W)) or (
                                    by == BLACK and d in (N + E, N + W)):
                                return True
                break
        return False

    def make(self, m):
        sq = self.squares
        sq[m.dst] = m.piece
        sq[m.src] = None
        m.piece.moves += 1
        if m.promotion is not None:
            m.piece.kind = m.promotion
        if m.piece.kind == KING:
            self.kings[self.side] = m.dst
        self.side ^= 1

    def unmake(self, m):
        self.side ^= 1
        sq = self.squares
        m.piece.kind = m.old_kind
        m.piece.moves -= 1
        sq[m.src] = m.piece
        sq[m.dst] = m.captured
        if m.piece.kind == KING:
            self.kings[self.side] = m.src

    def legal_moves(self):
        result = []
        for m in self.pseudo_moves():
            self.make(m)
            if not self.attacked(self.kings[self.side ^ 1], self.side):
                result.append(m)
            self.unmake(m)
        return result

    def perft(self, depth):
        moves = self.legal_moves()
        if depth == 1:
            return len(moves)
        total = 0
        for m in moves:
            self.make(m)
            total += self.perft(depth - 1)
            self.unmake(m)
        return total


POSITIONS = [
    "rnbqkbnr/pppppppp/8/8/8/8/PPPPPPPP/RNBQKBNR w",
    "r3k2r/p1ppqpb1/bn2pnp1/3PN3/1p2P3/2N2Q1p/PPPBBPPP/R3K2R w",
    "8/2p5/3p4/KP5r/1R3p1k/8/4P1P1/8 w",
    "r2q1rk1/pP1p2pp/Q4n2/bbp1p3/Np6/1B3NBn/pPPP1PPP/R3K2R b",
]


def main(reps, depth=3):
    counts = []
    for _ in range(reps):
        counts = []
        for fen in POSITIONS:
            b = Board(fen)
            counts.append(b.perft(depth))
    print(sum(counts), counts)


main(int(sys.argv[1]) if len(sys.argv) > 1 else 1, int(sys.argv[2]) if len(sys.argv) > 2 else 3)
