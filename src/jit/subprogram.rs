//! The sub-program builder: what a backend compiles.
//!
//! A sub-program is a function's body sliced out of the flat program and rebased to start at
//! ip 0, plus the bodies of callees to inline, appended after it:
//!
//! ```text
//!   sub ip 0                                   root.end           inline 1 end
//!   | root function body (region 0) ........ | callee body (region 1) | callee body ... |
//!                     ^ Call at ip c  ───────▶ compiled in place of the call; the region is
//!                                              skipped by the root's linear walk
//! ```
//!
//! Appending rebases everything a callee's instructions refer to: jump targets (into the
//! sub-program's ip space), local slots (the callee frame sits at a slot offset above the
//! caller's base, exactly where the interpreter would put it, so deopt needs no shuffling)
//! and feedback slots (the callee's feedback is merged after the caller's, at an offset).
//! Every sub ip maps back to its global ip, for errors, deopt and OSR.

use crate::bytecode::opcodes::OperandKind;
use crate::bytecode::program::{Instr, Program, decode};
use crate::state::feedback::{CallSite, FunctionFeedback};

/// An instruction position in a sub-program's code (what backends walk and branch to).
/// Distinct from [`GlobalIp`] so the two spaces cannot be mixed up: only
/// [`SubProgram::global_ip`] and [`SubProgram::sub_ip`] convert between them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct SubIp(pub u32);

/// An instruction position in the program's flat code: what the interpreter runs, frame
/// records save, errors report and deopt resumes at.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct GlobalIp(pub u32);

impl SubIp {
    /// The sub ip of an instruction decoded from a sub-program's code.
    pub fn of(ins: &Instr) -> SubIp {
        SubIp(ins.ip)
    }
}

impl std::fmt::Display for SubIp {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "sub ip {}", self.0)
    }
}

impl std::fmt::Display for GlobalIp {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "ip {}", self.0)
    }
}

/// Where an inlined region is called from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct InlineSite {
    /// The region holding the call.
    pub parent: usize,
    /// The `Call` instruction the region replaces.
    pub call_ip: SubIp,
}

/// A contiguous range of the sub-program holding one function's body.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Region {
    pub func: u32,
    /// Sub ips `start..end`.
    pub start: SubIp,
    pub end: SubIp,
    /// Added to the function's local slots: where its frame sits relative to the root frame.
    pub local_offset: u32,
    pub type_fb_offset: u32,
    pub call_fb_offset: u32,
    /// `None` for the root.
    pub site: Option<InlineSite>,
}

impl Region {
    pub fn contains(&self, ip: SubIp) -> bool {
        ip >= self.start && ip < self.end
    }

    /// Inlining depth (root 0), given all regions.
    pub fn depth(&self, regions: &[Region]) -> usize {
        let mut d = 0;
        let mut r = self;
        while let Some(site) = r.site {
            d += 1;
            r = &regions[site.parent];
        }
        d
    }
}

/// A rebased function body plus inlined callees.
#[derive(Clone, Debug)]
pub struct SubProgram {
    /// Rebased instructions.
    pub code: Vec<u8>,
    /// Region 0 is the root function.
    pub regions: Vec<Region>,
    /// Merged type feedback (root slots first, each region's at its offset).
    pub type_fb: Vec<u8>,
    /// Merged call feedback.
    pub call_fb: Vec<CallSite>,
    /// Local slots the whole sub-program uses (root locals and every inlined frame).
    pub frame_slots: u32,
    /// `(sub ip, global ip)` of every instruction, sorted by sub ip.
    ip_map: Vec<(SubIp, GlobalIp)>,
}

/// Why a sub-program could not be built.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("sub-program: {0}")]
pub struct SubProgramError(pub String);

impl SubProgram {
    /// Slices `func` out of `program`, with a snapshot of its feedback.
    pub fn slice(program: &Program, func: u32, feedback: &FunctionFeedback) -> Result<SubProgram, SubProgramError> {
        let mut sub = SubProgram {
            code: Vec::new(),
            regions: Vec::new(),
            type_fb: Vec::new(),
            call_fb: Vec::new(),
            frame_slots: 0,
            ip_map: Vec::new(),
        };
        sub.append(program, func, feedback, 0, None)?;
        Ok(sub)
    }

    /// The root function.
    pub fn root(&self) -> u32 {
        self.regions[0].func
    }

    /// Appends `callee`'s body as a region inlined at the `Call` at sub ip `call_ip` of region
    /// `parent`, its frame at `local_offset` slots above the root frame's base. Returns the
    /// new region's index.
    pub fn append_inline(
        &mut self,
        program: &Program,
        parent: usize,
        call_ip: SubIp,
        callee: u32,
        feedback: &FunctionFeedback,
        local_offset: u32,
    ) -> Result<usize, SubProgramError> {
        let p = self.regions.get(parent).ok_or_else(|| SubProgramError(format!("no region {parent}")))?;
        if !p.contains(call_ip) {
            return Err(SubProgramError(format!("call ip {call_ip} is not in region {parent}")));
        }
        let call = decode(&self.code, call_ip.0).map_err(|e| SubProgramError(e.to_string()))?;
        if call.op != crate::bytecode::Op::Call {
            return Err(SubProgramError(format!("{call_ip} is a {}, not a Call", call.op.name())));
        }
        self.append(program, callee, feedback, local_offset, Some(InlineSite { parent, call_ip }))
    }

    fn append(
        &mut self,
        program: &Program,
        func: u32,
        feedback: &FunctionFeedback,
        local_offset: u32,
        site: Option<InlineSite>,
    ) -> Result<usize, SubProgramError> {
        let f = program.functions.get(func as usize).ok_or_else(|| SubProgramError(format!("no function {func}")))?;
        let instrs = program.instructions(f).map_err(|e| SubProgramError(e.to_string()))?;
        let start = self.code.len() as u32;
        let region = Region {
            func,
            start: SubIp(start),
            end: SubIp(start + f.body_length),
            local_offset,
            type_fb_offset: self.type_fb.len() as u32,
            call_fb_offset: self.call_fb.len() as u32,
            site,
        };
        for ins in &instrs {
            self.ip_map.push((SubIp(start + (ins.ip - f.entry_point)), GlobalIp(ins.ip)));
            self.code.push(ins.op as u8);
            for (kind, &v) in ins.op.info().operands.iter().zip(ins.operands()) {
                let rebased = match kind {
                    OperandKind::Jump => v - f.entry_point + start,
                    OperandKind::Local => v + local_offset,
                    OperandKind::TypeFb => v + region.type_fb_offset,
                    OperandKind::CallFb => v + region.call_fb_offset,
                    _ => v,
                };
                self.code.extend_from_slice(&rebased.to_le_bytes());
            }
        }
        debug_assert_eq!(self.code.len() as u32, region.end.0);
        self.type_fb.extend_from_slice(&feedback.types);
        self.call_fb.extend_from_slice(&feedback.calls);
        self.frame_slots = self.frame_slots.max(local_offset + f.frame_size());
        self.regions.push(region);
        Ok(self.regions.len() - 1)
    }

    /// Decodes the instruction at a sub ip.
    pub fn decode(&self, ip: SubIp) -> Option<Instr> {
        decode(&self.code, ip.0).ok()
    }

    /// Every instruction of a region, in order.
    pub fn instructions(&self, region: usize) -> Vec<Instr> {
        let r = &self.regions[region];
        let mut out = Vec::new();
        let mut ip = r.start.0;
        while ip < r.end.0 {
            let ins = decode(&self.code, ip).expect("sub-programs hold verified code");
            ip = ins.next_ip();
            out.push(ins);
        }
        out
    }

    /// The global ip of the instruction at a sub ip.
    pub fn global_ip(&self, ip: SubIp) -> Option<GlobalIp> {
        self.ip_map.binary_search_by_key(&ip, |&(s, _)| s).ok().map(|k| self.ip_map[k].1)
    }

    /// The sub ip of a global ip inside `region`.
    pub fn sub_ip(&self, region: usize, ip: GlobalIp) -> Option<SubIp> {
        let r = &self.regions[region];
        self.ip_map.iter().find(|&&(s, g)| r.contains(s) && g == ip).map(|&(s, _)| s)
    }

    /// The region holding a sub ip.
    pub fn region_of(&self, ip: SubIp) -> Option<usize> {
        self.regions.iter().position(|r| r.contains(ip))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bytecode::Op;

    fn program(src: &str) -> Program {
        crate::lang::compile(src.as_bytes(), "t.lua").expect("compiles")
    }

    fn index(p: &Program, name: &str) -> u32 {
        p.functions.iter().position(|f| f.name == name).expect("function") as u32
    }

    const SRC: &str = "
        local function add(a, b) local s = a + b if s > 10 then return s end return s * 2 end
        local function caller(x) local y = 1 local r = add(x, y) return r + y end
        print(caller(20))";

    #[test]
    fn slicing_rebases_jumps_and_maps_ips_back() {
        let p = program(SRC);
        let f = index(&p, "add");
        let func = &p.functions[f as usize];
        let fb = FunctionFeedback::new(func.type_fb_count, func.call_fb_count);
        let sub = SubProgram::slice(&p, f, &fb).expect("slices");
        assert_eq!(sub.code.len() as u32, func.body_length);
        let orig = p.instructions(func).expect("decodes");
        let mine = sub.instructions(0);
        assert_eq!(orig.len(), mine.len());
        for (o, m) in orig.iter().zip(&mine) {
            assert_eq!(o.op, m.op);
            assert_eq!(m.ip + func.entry_point, o.ip);
            assert_eq!(sub.global_ip(SubIp::of(m)), Some(GlobalIp(o.ip)));
            assert_eq!(sub.sub_ip(0, GlobalIp(o.ip)), Some(SubIp::of(m)));
            match o.jump_target() {
                Some(t) => assert_eq!(m.jump_target(), Some(t - func.entry_point)),
                None => assert_eq!(o.operands(), m.operands()),
            }
        }
        assert_eq!(sub.global_ip(SubIp(1)), None, "mid-instruction ips map nowhere");
        assert_eq!(sub.frame_slots, func.frame_size());
    }

    #[test]
    fn inline_appends_rebase_locals_jumps_and_feedback() {
        let p = program(SRC);
        let (caller, add) = (index(&p, "caller"), index(&p, "add"));
        let cf = &p.functions[caller as usize];
        let af = &p.functions[add as usize];
        let mut cfb = FunctionFeedback::new(cf.type_fb_count, cf.call_fb_count);
        let mut afb = FunctionFeedback::new(af.type_fb_count, af.call_fb_count);
        cfb.types.iter_mut().for_each(|t| *t = 0x11);
        afb.types.iter_mut().for_each(|t| *t = 0x22);
        afb.calls.iter_mut().for_each(|c| c.record(7));
        let mut sub = SubProgram::slice(&p, caller, &cfb).expect("slices");
        let call = sub.instructions(0).into_iter().find(|i| i.op == Op::Call).expect("a call");
        let offset = cf.locals_count + 3;
        let r = sub.append_inline(&p, 0, SubIp::of(&call), add, &afb, offset).expect("inlines");
        assert_eq!(r, 1);
        let region = sub.regions[1].clone();
        assert_eq!(region.start, SubIp(cf.body_length));
        assert_eq!(region.site, Some(InlineSite { parent: 0, call_ip: SubIp::of(&call) }));
        assert_eq!(region.depth(&sub.regions), 1);
        // Feedback merged at the offsets.
        assert_eq!(region.type_fb_offset, cf.type_fb_count);
        assert_eq!(&sub.type_fb[..cf.type_fb_count as usize], &cfb.types[..]);
        assert_eq!(&sub.type_fb[cf.type_fb_count as usize..], &afb.types[..]);
        assert_eq!(sub.call_fb.len() as u32, cf.call_fb_count + af.call_fb_count);
        let orig = p.instructions(af).expect("decodes");
        for (o, m) in orig.iter().zip(sub.instructions(1)) {
            assert_eq!(sub.global_ip(SubIp::of(&m)), Some(GlobalIp(o.ip)));
            assert_eq!(sub.region_of(SubIp::of(&m)), Some(1));
            for (k, kind) in o.op.info().operands.iter().enumerate() {
                let (ov, mv) = (o.arg(k), m.arg(k));
                match kind {
                    OperandKind::Jump => assert_eq!(mv, ov - af.entry_point + region.start.0),
                    OperandKind::Local => assert_eq!(mv, ov + offset),
                    OperandKind::TypeFb => {
                        assert_eq!(mv, ov + cf.type_fb_count);
                        assert_eq!(sub.type_fb[mv as usize], 0x22);
                    }
                    OperandKind::CallFb => assert_eq!(mv, ov + cf.call_fb_count),
                    _ => assert_eq!(mv, ov),
                }
            }
        }
        assert_eq!(sub.frame_slots, cf.frame_size().max(offset + af.frame_size()));
        // Only calls can be inlined.
        let not_call = SubIp::of(&sub.instructions(0)[0]);
        assert!(sub.append_inline(&p, 0, not_call, add, &afb, 0).is_err());
    }
}
