package dev.wedge.containment.internal;

import java.util.HashSet;
import java.util.Set;

import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * The rewrite of one plug-in class (ASM): a checkpoint call at every method's start, before every backward jump and
 * at the start of every exception handler; {@code System.exit}, {@code Runtime.exit} and {@code Runtime.halt} calls
 * replaced by calls that refuse. The inserted calls take and leave nothing on the operand stack, so stack sizes and
 * stack map frames stay valid as they are.
 */
final class Instrument {

  static final String CHECKPOINT = "dev/wedge/containment/checkpoint/Checkpoint";

  private Instrument() {
  }

  /** The rewritten class, or null when it has no code to contain. */
  static byte[] transform(byte[] classFile) {
    ClassReader reader = new ClassReader(classFile);
    ClassWriter writer = new ClassWriter(reader, 0);
    boolean[] changed = {false};
    reader.accept(new ClassVisitor(Opcodes.ASM9, writer) {
      @Override
      public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
          String[] exceptions) {
        MethodVisitor mv = super.visitMethod(access, name, descriptor, signature, exceptions);
        if ((access & (Opcodes.ACC_ABSTRACT | Opcodes.ACC_NATIVE)) != 0) {
          return mv;
        }
        changed[0] = true;
        return new Checkpoints(mv);
      }
    }, 0);
    return changed[0] ? writer.toByteArray() : null;
  }

  /** Inserts the checkpoints into one method. */
  private static final class Checkpoints extends MethodVisitor {
    private final Set<Label> seen = new HashSet<>();
    private final Set<Label> handlers = new HashSet<>();
    private boolean handlerStarts;

    Checkpoints(MethodVisitor mv) {
      super(Opcodes.ASM9, mv);
    }

    private void check() {
      super.visitMethodInsn(Opcodes.INVOKESTATIC, CHECKPOINT, "check", "()V", false);
    }

    /** Before an instruction: the checkpoint of an exception handler goes after its label and frame. */
    private void before() {
      if (handlerStarts) {
        handlerStarts = false;
        check();
      }
    }

    @Override
    public void visitCode() {
      super.visitCode();
      check();
    }

    @Override
    public void visitTryCatchBlock(Label start, Label end, Label handler, String type) {
      handlers.add(handler);
      super.visitTryCatchBlock(start, end, handler, type);
    }

    @Override
    public void visitLabel(Label label) {
      seen.add(label);
      super.visitLabel(label);
      if (handlers.contains(label)) {
        handlerStarts = true;
      }
    }

    @Override
    public void visitJumpInsn(int opcode, Label label) {
      before();
      if (seen.contains(label)) {
        check(); // a backward jump: one turn of a loop
      }
      super.visitJumpInsn(opcode, label);
    }

    @Override
    public void visitTableSwitchInsn(int min, int max, Label dflt, Label... labels) {
      before();
      if (anySeen(dflt, labels)) {
        check();
      }
      super.visitTableSwitchInsn(min, max, dflt, labels);
    }

    @Override
    public void visitLookupSwitchInsn(Label dflt, int[] keys, Label[] labels) {
      before();
      if (anySeen(dflt, labels)) {
        check();
      }
      super.visitLookupSwitchInsn(dflt, keys, labels);
    }

    private boolean anySeen(Label dflt, Label[] labels) {
      if (seen.contains(dflt)) {
        return true;
      }
      for (Label l : labels) {
        if (seen.contains(l)) {
          return true;
        }
      }
      return false;
    }

    @Override
    public void visitMethodInsn(int opcode, String owner, String name, String descriptor, boolean isInterface) {
      before();
      if (opcode == Opcodes.INVOKESTATIC && owner.equals("java/lang/System") && name.equals("exit")
          && descriptor.equals("(I)V")) {
        super.visitMethodInsn(Opcodes.INVOKESTATIC, CHECKPOINT, "exit", "(I)V", false);
        return;
      }
      if (opcode == Opcodes.INVOKEVIRTUAL && owner.equals("java/lang/Runtime")
          && (name.equals("exit") || name.equals("halt")) && descriptor.equals("(I)V")) {
        super.visitMethodInsn(Opcodes.INVOKESTATIC, CHECKPOINT, name, "(Ljava/lang/Runtime;I)V", false);
        return;
      }
      super.visitMethodInsn(opcode, owner, name, descriptor, isInterface);
    }

    @Override
    public void visitInsn(int opcode) {
      before();
      super.visitInsn(opcode);
    }

    @Override
    public void visitIntInsn(int opcode, int operand) {
      before();
      super.visitIntInsn(opcode, operand);
    }

    @Override
    public void visitVarInsn(int opcode, int varIndex) {
      before();
      super.visitVarInsn(opcode, varIndex);
    }

    @Override
    public void visitTypeInsn(int opcode, String type) {
      before();
      super.visitTypeInsn(opcode, type);
    }

    @Override
    public void visitFieldInsn(int opcode, String owner, String name, String descriptor) {
      before();
      super.visitFieldInsn(opcode, owner, name, descriptor);
    }

    @Override
    public void visitInvokeDynamicInsn(String name, String descriptor, Handle bootstrapMethodHandle,
        Object... bootstrapMethodArguments) {
      before();
      super.visitInvokeDynamicInsn(name, descriptor, bootstrapMethodHandle, bootstrapMethodArguments);
    }

    @Override
    public void visitLdcInsn(Object value) {
      before();
      super.visitLdcInsn(value);
    }

    @Override
    public void visitIincInsn(int varIndex, int increment) {
      before();
      super.visitIincInsn(varIndex, increment);
    }

    @Override
    public void visitMultiANewArrayInsn(String descriptor, int numDimensions) {
      before();
      super.visitMultiANewArrayInsn(descriptor, numDimensions);
    }
  }
}
